import FoundationEssentials
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The `--output-dir` folder: per-article files named after the article id (made safe for file
/// systems, and made unique with `-2`, `-3`, ... when two articles share an id), and at the end
/// the files that describe the batch (brat's `annotation.conf` and `visual.conf`, html's `index.html`).
final class OutputFolder {
    let path: String
    private var used: Set<String> = []
    private var pages: [(file: String, id: String, title: String?)] = []

    init(path: String) throws {
        self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        do {
            try FileManager.default.createDirectory(atPath: self.path, withIntermediateDirectories: true)
        } catch {
            throw ValidationErrorMessage("cannot create --output-dir \(path): \(error)")
        }
    }

    /// A base path (without suffix) for the article `id`, unique within this run.
    func claimName(for id: String, title: String?) -> String {
        var name = Self.safeName(id)
        if used.contains(name) {
            var number = 2
            while used.contains("\(name)-\(number)") { number += 1 }
            name = "\(name)-\(number)"
        }
        used.insert(name)
        pages.append((name, id, title))
        return path + "/" + name
    }

    /// `id` as a file name: letters, digits, `-`, `_` and `.` kept, anything else `_`; never empty
    /// or hidden.
    static func safeName(_ id: String) -> String {
        var name = String(id.unicodeScalars.map { scalar -> Character in
            let ok = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
            return ok ? Character(scalar) : "_"
        })
        if name.isEmpty { name = "article" }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return String(name.prefix(200))
    }

    func write(_ file: String, _ bytes: [UInt8]) throws { try Self.writeFile(file, bytes) }

    static func writeFile(_ file: String, _ bytes: [UInt8]) throws {
        guard let handle = fopen(file, "wb") else {
            throw ValidationErrorMessage("cannot write \(file): \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        if !bytes.isEmpty && bytes.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, handle) }) != bytes.count {
            throw ValidationErrorMessage("cannot write \(file): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes the files describing the whole batch.
    func finish(format: RecordFormat) throws {
        switch format {
        case .brat:
            try write(path + "/annotation.conf", Array(BratRenderer.annotationConf.utf8))
            try write(path + "/visual.conf", Array(BratRenderer.visualConf.utf8))
        case .html:
            var html = HTMLRenderer.pageStart(title: "Warta", subtitle: "\(pages.count) article(s)")
            html += "<article><h2>Articles</h2><ol>\n"
            for page in pages {
                html += "<li><a href=\"\(HTMLText.escape(page.file)).html\">\(HTMLText.escape(page.title ?? page.id))</a></li>\n"
            }
            html += "</ol></article>\n" + HTMLRenderer.pageEnd
            try write(path + "/index.html", Array(html.utf8))
        default: break
        }
    }
}

/// An error whose description is just its message.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Facts about the machine.
enum System {
    static var coreCount: Int {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}
