import Synchronization

/// Per root of the lexicon: does the root, stemmed as a word of its own, stay itself? Filled in
/// lazily, the first time an analysis ends at the root, and shared by every copy of a `Stemmer`.
///
/// Most roots stay themselves, but about 700 of the 30,588 do not: entries that hunspell-id
/// derives from another root (`peluang` -> `luang`, `sekali` -> `kali`), loanword derivations
/// (`strategis` -> `strategi`) and entries ending in a clitic (`biarpun` -> `biar`). An analysis
/// that stops at such a root (`ber+[peluang]`) continues through it (`Stemmer.resolve`), so that
/// stemming is idempotent. The answer depends only on the stemmer's data and options, so racing
/// threads compute the same value; it is kept in relaxed atomics, one byte per word of the table.
final class RootStability: @unchecked Sendable {
    static let unknown: UInt8 = 0, stable: UInt8 = 1, unstable: UInt8 = 2
    private let states: UnsafeMutablePointer<Atomic<UInt8>>
    let count: Int

    init(count: Int) {
        self.count = count
        states = .allocate(capacity: max(count, 1))
        for i in 0..<count { (states + i).initialize(to: Atomic(RootStability.unknown)) }
    }

    deinit {
        states.deinitialize(count: count)
        states.deallocate()
    }

    @inline(__always)
    subscript(index: Int) -> UInt8 {
        states[index].load(ordering: .relaxed)
    }

    func record(_ index: Int, stable: Bool) {
        states[index].store(stable ? RootStability.stable : RootStability.unstable, ordering: .relaxed)
    }
}
