import CLibFuzzer
import FuzzSupport
import Warta

/// ICU's sentence iterator, to compare the ASCII shortcut with (fuzzing is single-threaded).
nonisolated(unsafe) let sentenceIterator = try! BreakIterator(.sentence)

/// Sentences and layout: sentences in order, inside body paragraphs, trimmed, and every
/// non-space character of the body inside exactly one sentence. Sentence boundaries from the
/// ASCII shortcut equal ICU's.
@_cdecl("FuzzSentences_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzSentences(data!, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Fuzz.source(data, size)
    let shortcut = try? sentenceIterator.offsets(in: source.bytes, asciiRules: true)
    Fuzz.require(shortcut == (try? sentenceIterator.offsets(in: source.bytes, asciiRules: false)),
                 "ASCII sentence rules differ from ICU")
    let layout = Fuzz.analyzer.layoutReader.read(source)
    Fuzz.requireOrdered(layout.body.filter { !$0.isEmpty }, in: source, "body paragraph")
    guard let sentences = try? layout.body.flatMap({ try Fuzz.analyzer.sentenceSplitter.sentences(in: source, range: $0) }) else {
        fatalError("sentence splitting threw")
    }
    Fuzz.requireOrdered(sentences, in: source, "sentence")
    var inSentence = [Bool](repeating: false, count: source.byteCount)
    for sentence in sentences {
        Fuzz.require(layout.body.contains { $0.lowerBound <= sentence.lowerBound && sentence.upperBound <= $0.upperBound },
                     "sentence \(sentence) outside the body paragraphs")
        for index in sentence { inSentence[index] = true }
    }
    for paragraph in layout.body {
        var index = paragraph.lowerBound
        for scalar in source.text(bytes: paragraph).unicodeScalars {
            let space = scalar.properties.isWhitespace || MatchingFold.fold(scalar) == nil || MatchingFold.fold(scalar) == " "
            Fuzz.require(space || inSentence[index], "character at byte \(index) is in no sentence")
            index += UTF8.width(scalar)
        }
    }
    return 0
}
