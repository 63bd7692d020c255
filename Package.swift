// swift-tools-version: 6.0
//
// Folio turns structured briefing data into PDF, PNG and SVG reports.
// The targets follow the layers of the pipeline: model → style → layout → graphics → Cairo.
// Each C library is imported by one Swift module: Cairo, Pango, fontconfig and libhyphen by FolioCairo (the
// backend, through CFolio), cmark-gfm by FolioMarkdown (through CMarkGFM).
import PackageDescription

let package = Package(
    name: "Folio",
    products: [
        .library(name: "Folio", targets: ["Folio"]),
        .executable(name: "folio", targets: ["FolioCommand"]),
        .executable(name: "folio-library-example", targets: ["LibraryExample"]),
        .executable(name: "folio-fuzz", targets: ["FolioFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Snapshot tests of the layout's text dumps (its SnapshotTesting library only: nothing else is built).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        // Only for `swift package generate-documentation`: adds no code to Folio.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Cairo (PDF, SVG and PNG surfaces), Pango and PangoCairo found through pkg-config; libhyphen for
        // hyphenation; zlib for the chunks and streams Folio adds to what Cairo writes.
        .systemLibrary(
            name: "CFolio",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libhyphen-dev", "zlib1g-dev"])]
        ),
        // cmark-gfm, for Markdown briefings.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Geometry, colours, the display list, and the two roles every backend plays:
        // RenderTarget (draws pages) and TextMeasuring (shapes text).
        // Errors and diagnostics shared by every layer: a code, a message, a location and a path into the data.
        .target(name: "FolioCore"),
        .target(name: "FolioGraphics", dependencies: ["FolioCore"]),
        // Structured input (YAML, JSON) read into nodes that remember their line and column,
        // and the helpers that decode them while collecting every error.
        .target(name: "FolioDecoding", dependencies: ["FolioCore", "Yams"]),
        // The briefing: values, dates, inline text, and its decoder.
        .target(name: "FolioModel", dependencies: ["FolioCore", "FolioDecoding"]),
        // The look of a report: page set-up, fonts, colours and spacing, read from Styles/*.yaml; and the
        // words of Folio's own it replaces (the model's `Labels`).
        .target(name: "FolioStyle", dependencies: ["FolioCore", "FolioDecoding", "FolioGraphics", "FolioModel"], plugins: ["EmbedStyles"]),
        // Build-time helper: embeds Styles/*.yaml into FolioStyle as Swift source.
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedStyles", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        // Turns a briefing and a style into pages of positioned items.
        .target(name: "FolioLayout", dependencies: ["FolioCharts", "FolioCore", "FolioGraphics", "FolioModel", "FolioStyle"]),
        // Timelines and bar charts: scales, calendar ticks, label placement. Pure Swift, tested as geometry.
        .target(name: "FolioCharts", dependencies: ["FolioCore", "FolioGraphics", "FolioModel", "FolioStyle"]),
        // The backend: Pango measures, Cairo draws; fonts, images and the three writers. Sees graphics and core only.
        .target(name: "FolioCairo", dependencies: ["CFolio", "FolioCore", "FolioGraphics"]),
        // Markdown briefings parsed by cmark-gfm into plain nodes (MarkdownNode) for the model's reader.
        .target(name: "FolioMarkdown", dependencies: ["CMarkGFM", "FolioDecoding"]),
        // The public entry point: load, lay out, write.
        .target(name: "Folio", dependencies: ["FolioCore", "FolioDecoding", "FolioModel", "FolioStyle", "FolioLayout", "FolioGraphics",
                                              "FolioCairo", "FolioMarkdown"]),
        // Examples/LibraryExample: a briefing built in Swift and rendered with the library.
        .executableTarget(name: "LibraryExample", dependencies: ["Folio"], path: "Examples/LibraryExample"),
        // The `snprintf` Cairo writes a PDF's numbers with, answered exactly and faster than glibc's for the
        // formats Cairo uses (C, not Swift: it replaces a variadic libc function). Linked into the programs
        // and the tests only, so that the library never changes libc for a process that embeds it.
        .target(name: "CFixedPoint"),
        // The `folio` command-line tool.
        .executableTarget(
            name: "FolioCommand",
            dependencies: ["CFixedPoint", "Folio", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // folio-fuzz: mutated and generated briefings and styles, each rendered or refused with a location.
        .executableTarget(name: "FolioFuzz", dependencies: ["CFixedPoint", "Folio", "FolioTesting", .product(name: "Yams", package: "Yams")]),
        // Test support: a recording target and a fixed-advance text measurer (no fonts needed).
        .target(name: "FolioTesting", dependencies: ["FolioGraphics"]),

        .testTarget(name: "FolioModelTests", dependencies: ["FolioModel"]),
        .testTarget(name: "FolioStyleTests", dependencies: ["FolioStyle", "FolioDecoding", "FolioGraphics"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioTesting", "FolioModel", "FolioStyle"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioTesting", "FolioModel", "FolioStyle"]),
        .testTarget(name: "FolioIntegrationTests", dependencies: ["CFixedPoint", "Folio", "FolioCairo", "FolioDecoding", "FolioGraphics", "FolioLayout",
                                                                  "FolioTesting"]),
        // Text dumps of the layout of every example in every built-in style and of small cases, compared with
        // the recordings in __Snapshots__ (re-record with SNAPSHOT_TESTING_RECORD=all, then review).
        .testTarget(
            name: "FolioSnapshotTests",
            dependencies: ["Folio", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__", "Cases"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
