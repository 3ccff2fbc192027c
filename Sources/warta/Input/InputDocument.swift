import Warta
import WartaInput

/// One article read from the command line's inputs, ready to analyse (once any HTML in it is
/// read: `html`, done by the worker that analyses it, since reading a page costs as much as a
/// good part of the analysis).
struct InputDocument: Sendable {
    var id: String
    var source: SourceText
    var published: CivilDate?
    /// The publication date-time with its zone (ISO 8601), when the source gave a time.
    var publishedTime: String? = nil
    var title: String?
    var url: String?
    var site: String? = nil
    var authors: [String] = []
    /// HTML still to be read into `source` and the metadata (see `resolvingHTML`).
    var html: PendingHTML? = nil
    /// Where it came from, for messages: `path` or `path:line`.
    var origin: String
    /// Problems found while reading that did not stop it (a repaired encoding, a bad date).
    var warnings: [Warning] = []
    /// Input bytes this document took up (file size or JSONL line length), for progress.
    var inputBytes = 0
}

/// HTML waiting to be read: a whole page (a `.html` file, standard input, a WARC record) or a
/// fragment from a dataset field.
enum PendingHTML: Sendable {
    case page(bytes: [UInt8], url: String?, contentType: String?)
    case fragment(String)
}

/// A problem with one input: named by where it is, reported on stderr, counted for the exit code.
struct InputProblem: Error, Sendable, CustomStringConvertible {
    var origin: String
    var message: String
    /// The article's id when it could be read, for `--error-records`.
    var id: String? = nil
    var description: String { "\(origin): \(message)" }
}

/// How a document's bytes become text.
struct DecodingPolicy: Sendable {
    /// Replace invalid UTF-8 with U+FFFD and warn, instead of refusing the document.
    var lossy: Bool

    /// Checks `bytes` and wraps them as source text, or says precisely what is wrong.
    func decode(_ bytes: [UInt8], origin: String) -> Result<(SourceText, [Warning]), InputProblem> {
        if let reason = BinarySniffer.binaryReason(bytes) {
            return .failure(InputProblem(origin: origin, message: "refused: \(reason); Warta reads UTF-8 text"))
        }
        let failure = bytes.withUnsafeBufferPointer { UTF8Validator.firstFailure(in: $0) }
        guard let failure else { return .success((SourceText(validatedBytes: bytes), [])) }
        guard lossy else {
            return .failure(InputProblem(origin: origin, message: "\(failure) (use --lossy to replace invalid bytes with U+FFFD)"))
        }
        let (repaired, failures) = UTF8Validator.repair(bytes)
        let offsets = failures.prefix(10).map { String($0.byteOffset) }.joined(separator: ", ")
        let warning = Warning(code: "invalid-utf8", message: "\(failures.count) invalid UTF-8 sequence(s) replaced with U+FFFD at byte(s) \(offsets)\(failures.count > 10 ? ", ..." : ""); offsets refer to the repaired text")
        return .success((SourceText(validatedBytes: repaired), [warning]))
    }
}

/// Recognises binary data passed where text is expected.
enum BinarySniffer {
    /// Why `bytes` look binary, or nil when they look like text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(65536)
        if let nul = sample.firstIndex(of: 0) { return "binary data (NUL byte at byte \(nul))" }
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        if sample.count >= 32 && control * 10 > sample.count { return "binary data (\(control) control bytes in the first \(sample.count))" }
        return nil
    }
}
