/// Scalars and fragments that have broken parsers and layout engines: what the fuzzer splices into inputs.
enum HostileValues {
    static let scalars = [
        "", " ", "~", "null", "true", "no", "0", "-0", "1e308", "-1e308", "1e309", "NaN", ".nan", ".inf", "-.inf", "Infinity",
        "9223372036854775808", "-9223372036854775809", "0x1F", "0o17", "1_000", "3.", ".5", "1e-400",
        "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "2024-13", "2024-Q5", "2024-W53", "0000", "-2024",
        String(repeating: "W", count: 5_000), String(repeating: "a ", count: 3_000), String(repeating: "ü", count: 2_000),
        "\u{202E}reversed\u{202C}", "\u{200B}\u{200B}\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{0007}\u{0008}\u{000B}",
        "مرحبا بالعالم", "שלום עולם", "日本語のテキスト", "👩‍👩‍👧‍👦🇽🇰", "e\u{301}\u{302}\u{303}\u{304}", "\t\ttabs\t",
        "**bold", "*italic", "`code", "[link](", "[link](http://example.com)", "__", "**__**", "\\*", "\\",
        "#", "- ", "> ", "| a | b |", "---", "...", "%YAML 1.1", "!!binary aGVsbG8=", "&anchor", "*anchor", "<<: *anchor",
        "images/network.png", "../outside.png", "/etc/passwd", "https://example.com/a.png", "map.png", "pic.svg",
        "broken.png", "huge.png", "default", "print", "compact", "slides", "no-such-style", "style.yaml", "../style.yaml",
        "left", "right", "center", "justify", "auto", "50%", "0%", "1000%", "-5cm", "0mm", "100m", "14173pt", "1e9pt",
    ]

    static let fragments = [
        "{", "}", "[", "]", ":", ",", "\"", "'", "\n", "\n  ", "\n    - ", "- ", "? ", "|", ">", "&a ", "*a", "<<: *a\n",
        "!!str ", "!!int ", "!!map ", "\0", "\u{7F}", "\r\n", "\t", "#", "%", "@", "`", "\\u00", "\\uD800", "\\",
        "title: x\n", "sections:\n", "blocks:\n", "- paragraph: ", "- table:\n", "- timeline:\n", "- chart:\n", "---\n", "...\n",
    ]
}
