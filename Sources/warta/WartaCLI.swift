import ArgumentParser

/// The `warta` command line. Subcommands live in one file each (`StemCommand.swift`).
@main
struct WartaCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Indonesian text analysis.",
        subcommands: [StemCommand.self]
    )
}
