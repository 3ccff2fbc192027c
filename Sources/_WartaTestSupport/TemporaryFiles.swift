import FoundationEssentials

/// Writing throwaway files for tests.
public enum TemporaryFiles {
    public static func write(_ path: String, _ contents: String) throws {
        try write(path, Array(contents.utf8))
    }

    public static func write(_ path: String, _ bytes: [UInt8]) throws {
        if let slash = path.lastIndex(of: "/") {
            try FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    public static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A fresh folder name under /tmp.
    public static func folder(_ name: String) -> String {
        "/tmp/warta-\(name)-\(UInt64.random(in: 0...UInt64.max))"
    }
}
