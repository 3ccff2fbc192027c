import Warta
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Whole-file and line reading through the C library (no Foundation needed).
enum FileReading {
    enum Kind: Equatable {
        case regular, directory
        /// A FIFO, socket or device.
        case other(String)
        /// Missing, a broken symbolic link, or not searchable: the system's reason.
        case missing(String)
    }

    /// What `path` is, following symbolic links.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        if stat(path, &info) != 0 { return .missing(String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFIFO: return .other("a named pipe")
        case S_IFSOCK: return .other("a socket")
        default: return .other("a device")
        }
    }

    static func read(path: String) -> Result<[UInt8], InputProblem> {
        var info = stat()
        if stat(path, &info) != 0 {
            return .failure(InputProblem(origin: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(InputProblem(origin: path, message: "is a directory"))
        }
        guard let file = fopen(path, "rb") else {
            return .failure(InputProblem(origin: path, message: "cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { fclose(file) }
        let bytes = readAll(file, sizeHint: Int(info.st_size))
        if ferror(file) != 0 {
            return .failure(InputProblem(origin: path, message: "read error: \(String(cString: strerror(errno)))"))
        }
        return .success(bytes)
    }

    static func readAll(_ file: UnsafeMutablePointer<FILE>, sizeHint: Int = 0) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(sizeHint, 4096))
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunk, file) }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}

/// Splits bytes into lines (LF, with a CR before it dropped), numbering from 1; blank lines skipped.
enum LineReader {
    static func forEachLine(in bytes: [UInt8], _ body: (Int, [UInt8]) throws -> Void) rethrows {
        var start = 0
        var number = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            number += 1
            var end = index
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            if end > start && !bytes[start..<end].allSatisfy(ByteClassCLI.isSpace) {
                try body(number, Array(bytes[start..<end]))
            }
            start = index + 1
        }
    }
}

/// Shell-style wildcard expansion for arguments the shell did not expand (quoted, or on Windows-like shells).
enum Glob {
    static func expand(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in result.gl_pathv[index].map { String(cString: $0) } }
    }
}
