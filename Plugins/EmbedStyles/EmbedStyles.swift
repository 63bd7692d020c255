import Foundation
import PackagePlugin

/// Embeds the package's Styles/*.yaml into the target as Swift source, so built-in styles need no files at run time.
@main
struct EmbedStyles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let styles = context.package.directoryURL.appendingPathComponent("Styles")
        let inputs = try FileManager.default.contentsOfDirectory(at: styles, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltinStyleFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) built-in styles",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path, "BuiltinStyleFiles"] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
