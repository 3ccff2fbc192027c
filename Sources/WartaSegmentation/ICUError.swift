import CWartaICU

/// A failure reported by ICU: its positive `UErrorCode` and name, and the call that failed.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let operation: String

    public var name: String { String(cString: warta_error_name(code)) }
    public var description: String { "ICU \(operation) failed: \(name) (\(code))" }
}
