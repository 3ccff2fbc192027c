import Foundation

/// Runs the built `warta` binary the way a user does, capturing exit status and output.
public struct RunResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: [UInt8]

    /// Non-empty stdout lines.
    public var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// Each stdout line parsed as a JSON object.
    public var jsonLines: [[String: Any]] {
        lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

public enum Warta {
    /// Runs `warta arguments...` with `input` on stdin. A run still going after `timeout` seconds
    /// is killed (its status is then SIGKILL's), so a hang fails the test instead of stalling it.
    public static func run(_ arguments: [String], input: [UInt8]? = nil, executable: String = Repository.wartaExecutable,
                           timeout: Double = 120) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout * testTimeScale, execute: watchdog)
        defer { watchdog.cancel() }
        // A child that exits before reading all its input must not kill the test with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Feed standard input on its own thread while the pipes are drained below: a child that
        // writes output before it has read all its input would otherwise deadlock with us.
        let feeder = DispatchGroup()
        feeder.enter()
        let writer = stdin.fileHandleForWriting
        let bytes = input
        DispatchQueue.global().async {
            if let bytes { try? writer.write(contentsOf: Data(bytes)) }
            try? writer.close()
            feeder.leave()
        }
        defer { feeder.wait() }
        // Read both pipes fully before waiting, so a large output cannot block the child.
        var outData = Data(), errData = Data()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "warta-run", attributes: .concurrent)
        nonisolated(unsafe) var outBox = Data(), errBox = Data()
        group.enter(); queue.async { outBox = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter(); queue.async { errBox = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.wait()
        outData = outBox
        errData = errBox
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: Array(outData))
    }
}
