#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output or standard error.
struct Output {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stdout) }
    }

    static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    }

    static func error(_ text: String) {
        if Progress.lineShown { clearProgressLine() }
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        line.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stderr) }
    }

    static func flush() { fflush(stdout) }

    /// Writes `text` to standard error as it is (no newline added) and flushes it.
    static func errorRaw(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stderr) }
        fflush(stderr)
    }

    /// Erases the progress line so the next message starts on a clean line.
    static func clearProgressLine() {
        Progress.lineShown = false
        errorRaw("\r\u{1B}[K")
    }

    /// True when standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}

/// JSON string literal escaping (RFC 8259), for the hand-written token, sentence and stem lines.
enum JSONText {
    static func quoted(_ text: String) -> String { ByteOutput.jsonString(text) }
}

extension Output {
    static var stdinIsTerminal: Bool { isatty(0) != 0 }
}
