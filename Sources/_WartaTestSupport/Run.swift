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
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        let process = try launch(executable, arguments, stdout: output, stderr: errors, stdin: stdin)
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
            if let bytes { writeAll(bytes, to: writer.fileDescriptor) }
            try? writer.close()
            feeder.leave()
        }
        defer { feeder.wait() }
        // Read both pipes fully before waiting, so a large output cannot block the child.
        var outData = Data(), errData = Data()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "warta-run", attributes: .concurrent)
        nonisolated(unsafe) var outBox = Data(), errBox = Data()
        group.enter(); queue.async { outBox = readAll(output.fileHandleForReading.fileDescriptor); group.leave() }
        group.enter(); queue.async { errBox = readAll(errors.fileHandleForReading.fileDescriptor); group.leave() }
        group.wait()
        outData = outBox
        errData = errBox
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: Array(outData))
    }

    /// Everything readable from `descriptor` until end of file. Foundation's `readDataToEndOfFile`
    /// traps when a read is interrupted by a signal (EINTR), which happens when many test threads
    /// start and reap children at once; this retries the read instead.
    public static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
            if count < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// Writes all of `bytes`, retrying interrupted writes, until done or the reader has gone.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if count > 0 { offset += count } else if count < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Starts the process. Linux refuses to execute a file some process still holds open for
    /// writing (ETXTBSY): a binary a test has just copied can be held for a moment by a child
    /// another test thread forked while the copy was open. That refusal is retried for up to
    /// ten seconds; any other failure is thrown at once.
    static func launch(_ executable: String, _ arguments: [String], stdout: Pipe, stderr: Pipe, stdin: Pipe) throws -> Process {
        var attempt = 0
        while true {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = stdin
            do {
                try process.run()
                return process
            } catch let error as NSError where attempt < 100 && isTextFileBusy(error) {
                attempt += 1
                usleep(100_000)
            }
        }
    }

    private static func isTextFileBusy(_ error: NSError) -> Bool {
        if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return false }
        return isTextFileBusy(underlying)
    }
}
