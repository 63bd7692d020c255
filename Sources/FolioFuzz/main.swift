import Folio
import FolioTesting
import Foundation
import Yams

// folio-fuzz: mutates good briefings, styles and Markdown, generates random briefings, and runs each as
// `folio render` would. Every case must render or be refused with errors that say where they are; none may
// crash or take more than 10 s. See docs/reliability.md.
//
//   swift run folio-fuzz [--cases N] [--seed S] [--jobs J] [--work DIR]   (10,000 cases, seed 1, 2 jobs by default)
//   swift run folio-fuzz --replay FILE                         (one saved case)
//   swift run folio-fuzz --generate S                          (print the random briefing of seed S)

/// Prints a line at once (`print` waits in a buffer when the output is a pipe, as in CI).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

var cases = 10_000
var seed: UInt64 = 1
var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("folio-fuzz-\(getpid())")
var replay: String?
var jobs = 2
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--cases": cases = arguments.popFirst().flatMap { Int($0) } ?? cases
    case "--seed": seed = arguments.popFirst().flatMap { UInt64($0) } ?? seed
    case "--jobs": jobs = min(CaseWatch.workers, max(1, arguments.popFirst().flatMap { Int($0) } ?? jobs))
    case "--work": work = URL(fileURLWithPath: arguments.popFirst() ?? work.path)
    case "--replay": replay = arguments.popFirst()
    case "--generate":
        var generator = BriefingGenerator(random: SeededGenerator(seed: arguments.popFirst().flatMap { UInt64($0) } ?? 1))
        print(generator.briefing())
        exit(0)
    default:
        FileHandle.standardError.write(Data("usage: folio-fuzz [--cases N] [--seed S] [--work DIR] | --replay FILE\n".utf8))
        exit(64)
    }
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let examples = repository.appendingPathComponent("Examples")
// Each worker has a folder of its own: cases write files (the case itself, a fuzzed style) beside their images.
let runners = try (0..<jobs).map { worker in
    let folder = work.appendingPathComponent("worker-\(worker)")
    try FuzzRunner.prepare(folder, examples: examples)
    return FuzzRunner(work: folder)
}

if let replay {
    let text = try String(contentsOfFile: replay, encoding: .utf8)
    let name = "replay." + URL(fileURLWithPath: replay).pathExtension
    print(runners[0].briefing(text, name: name, drawsEveryFormat: true))
    exit(0)
}

// Seeds: the examples, the invalid corpus, the built-in styles.
func files(in folder: URL, extensions: Set<String>) -> [(name: String, text: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension) }.compactMap { name in
        (try? String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)).map { (name, $0) }
    }
}
var briefings = files(in: examples, extensions: ["yaml", "md"]) + files(in: repository.appendingPathComponent("Tests/Corpus/invalid"), extensions: ["yaml", "json"])
let styles = files(in: repository.appendingPathComponent("Styles"), extensions: ["yaml"]).map(\.text)
/// Whether every key under `node` is text: Yams.load stops the process (a force-unwrap) on any other key.
func hasOnlyTextKeys(_ node: Node) -> Bool {
    switch node {
    case .mapping(let mapping): mapping.allSatisfy { $0.key.scalar != nil && hasOnlyTextKeys($0.value) }
    case .sequence(let sequence): sequence.allSatisfy(hasOnlyTextKeys)
    default: true
    }
}

/// `text` read as YAML into Foundation values, or nil when it is not YAML or has a key Yams.load cannot take.
func loadedYAML(_ text: String) -> Any? {
    guard let node = try? Yams.compose(yaml: text), hasOnlyTextKeys(node) else { return nil }
    return try? Yams.load(yaml: text)
}

// JSON seeds: the YAML examples as JSON.
for (name, text) in briefings where name.hasSuffix(".yaml") {
    if let value = loadedYAML(text), JSONSerialization.isValidJSONObject(value),
       let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys]) {
        briefings.append((name.replacingOccurrences(of: ".yaml", with: ".json"), String(decoding: data, as: UTF8.self)))
    }
}
let seedTexts = briefings.map(\.text) + styles

// A case that crashes the process names itself on the way down; one that hangs is named by the watchdog.
CaseWatch.start()

var random = SeededGenerator(seed: seed)
var mutator = Mutator(random: SeededGenerator(seed: seed &+ 1))
var generator = BriefingGenerator(random: SeededGenerator(seed: seed &+ 2))
@MainActor func makeCase(_ index: Int) -> FuzzCase {
    let kind = Int.random(in: 0..<100, using: &random)
    switch kind {
    case 0..<45:
        let source = briefings[Int.random(in: 0..<briefings.count, using: &random)]
        return FuzzCase(index: index, name: "case-\(index)." + URL(fileURLWithPath: source.name).pathExtension,
                        text: mutator.mutate(source.text, others: seedTexts), isStyle: false)
    case 45..<70:
        let text = generator.briefing()
        if Bool.random(using: &random), let value = loadedYAML(text), JSONSerialization.isValidJSONObject(value),
           let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            return FuzzCase(index: index, name: "case-\(index).json", text: String(decoding: data, as: UTF8.self), isStyle: false,
                            files: generator.files)
        }
        return FuzzCase(index: index, name: "case-\(index).yaml", text: text, isStyle: false, files: generator.files)
    case 70..<85:
        let text = mutator.mutate(generator.briefing(), others: seedTexts)
        return FuzzCase(index: index, name: "case-\(index).yaml", text: text, isStyle: false, files: generator.files)
    default:
        return FuzzCase(index: index, name: "style-case-\(index).yaml",
                        text: mutator.mutate(styles[Int.random(in: 0..<styles.count, using: &random)], others: styles), isStyle: true)
    }
}

let tally = Tally()
let started = Date()
let batchSize = 500
var next = 0
while next < cases {
    let batch = (next..<min(cases, next + batchSize)).map(makeCase)
    next += batch.count
    let cursor = NSLock()
    nonisolated(unsafe) var taken = 0
    let seedText = seed, workFolder = work
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
        let runner = runners[worker]
        while true {
            let position: Int? = cursor.withLock {
                guard taken < batch.count else { return nil }
                defer { taken += 1 }
                return taken
            }
            guard let position else { return }
            let item = batch[position]
            let description = "case \(item.index) (\(item.name), seed \(seedText)), saved as \(runner.work.path)/last-case"
            try? Data(item.text.utf8).write(to: runner.work.appendingPathComponent("last-case"))
            for (name, bytes) in item.files { try? Data(bytes).write(to: runner.work.appendingPathComponent(name)) }
            CaseWatch.begin(description, worker: worker)
            let outcome = item.isStyle ? runner.style(item.text)
                : runner.briefing(item.text, name: item.name, drawsEveryFormat: item.index % 10 == 0)
            CaseWatch.end(worker: worker)
            tally.lock.withLock {
                switch outcome {
                case .rendered: tally.rendered += 1
                case .refused: tally.refused += 1
                case .finding(let what):
                    let saved = workFolder.appendingPathComponent("finding-\(item.index)-" + item.name)
                    try? Data(item.text.utf8).write(to: saved)
                    for (name, bytes) in item.files {
                        let file = workFolder.appendingPathComponent("finding-\(item.index)-files").appendingPathComponent(name)
                        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try? Data(bytes).write(to: file)
                    }
                    tally.findings.append("case \(item.index): \(what) (saved as \(saved.path))")
                }
            }
        }
    }
    say("folio-fuzz: \(next) cases, \(tally.rendered) rendered, \(tally.refused) refused, \(tally.findings.count) findings, "
          + "\(Int(Date().timeIntervalSince(started))) s")
}
say("folio-fuzz: seed \(seed), \(cases) cases in \(Int(Date().timeIntervalSince(started))) s with \(jobs) jobs: "
      + "\(tally.rendered) rendered, \(tally.refused) refused with located errors, \(tally.findings.count) findings")
for finding in tally.findings.sorted().prefix(20) { say("  \(finding)") }
if tally.findings.isEmpty { try? FileManager.default.removeItem(at: work) }
exit(tally.findings.isEmpty ? 0 : 1)
