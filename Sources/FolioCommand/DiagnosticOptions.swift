import ArgumentParser

/// How diagnostics are printed: shared by every command.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostic-format"),
            help: "human (with the source line), short (one line each), or json (one object a line).")
    var format: DiagnosticPrinter.Format = .human

    var printer: DiagnosticPrinter { DiagnosticPrinter(format: format) }
}
