import CWartaICU

/// Unicode normalisation form C through ICU, applied to short UTF-8 pieces (tokens, lexicon
/// keys), never to whole documents: Warta never rewrites its input, so offsets stay exact.
public enum Normalizer {
    /// The NFC form of `text`. ASCII text is returned as it is without calling ICU.
    public static func nfc(_ text: String) -> String {
        var text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.withUTF8 { input in
            var error: Int32 = 0
            var capacity = input.count * 3 + 4
            while true {
                var output = [UInt8](repeating: 0, count: capacity)
                let needed = Int(warta_nfc_utf8(input.baseAddress, Int32(input.count), &output, Int32(capacity), &error))
                if error > 0 { return String(decoding: input, as: UTF8.self) }
                if needed <= capacity { return String(decoding: output[0..<needed], as: UTF8.self) }
                capacity = needed
            }
        }
    }
}
