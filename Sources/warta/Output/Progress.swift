#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The progress line of long runs, on standard error, redrawn at most four times a second:
/// articles done, articles per second, MB read and, when the input size is known (files, or a
/// file redirected to standard input), the share done and the time left. Shown only when
/// standard error is a terminal and `--quiet` is not given, so logs and pipes stay clean.
final class Progress {
    let enabled: Bool
    let totalBytes: Int?
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant? = nil
    private(set) var articles = 0
    private(set) var bytes = 0

    /// True while a progress line is on screen (messages clear it first).
    nonisolated(unsafe) static var lineShown = false

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func advance(articles: Int, bytes: Int) {
        self.articles += articles
        self.bytes += bytes
        guard enabled else { return }
        let now = ContinuousClock.now
        if lastDrawn.map({ now - $0 >= .milliseconds(250) }) ?? true {
            lastDrawn = now
            draw(now)
        }
    }

    /// The line as shown after `elapsed` seconds.
    func line(elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(articles) / elapsed : 0
        var parts = ["\(articles) articles", "\(Self.format(rate, digits: rate < 10 ? 1 : 0))/s",
                     "\(Self.format(Double(bytes) / 1e6, digits: 1)) MB"]
        if let totalBytes, totalBytes > 0 {
            let share = min(1, Double(bytes) / Double(totalBytes))
            parts[2] += " of \(Self.format(Double(totalBytes) / 1e6, digits: 1)) MB (\(Int(share * 100))%)"
            if share > 0.001 && elapsed > 1 {
                parts.append(Self.duration(elapsed * (1 - share) / share) + " left")
            }
        }
        return parts.joined(separator: " · ")
    }

    private func draw(_ now: ContinuousClock.Instant) {
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        Output.errorRaw("\r\u{1B}[K" + line(elapsed: seconds))
        Progress.lineShown = true
    }

    /// Clears the line at the end of the run.
    func finish() {
        guard enabled, Progress.lineShown else { return }
        Output.clearProgressLine()
    }

    static func format(_ value: Double, digits: Int) -> String {
        if digits == 0 { return String(Int(value.rounded())) }
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(abs(scaled % 10))"
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
