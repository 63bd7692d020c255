import FolioCore

/// The briefing format as a JSON Schema (draft 2020-12), for editors that complete and check briefings.
///
/// Built from `BriefingKeys`, the same lists the decoder accepts, so the two cannot drift apart on keys.
/// A schema cannot express every rule: row shapes with spans, unique ids, existing cross-references,
/// real calendar days and end-after-start are checked by the decoder only.
public enum BriefingSchema {
    /// The schema as pretty-printed JSON.
    public static var json: String { document.serialized(pretty: true) + "\n" }

    static var document: JSONValue {
        .object([
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("title", "Folio briefing"),
            ("description", "A briefing for Folio: a document with sections of blocks, written in YAML or JSON."),
            ("type", "object"),
            ("required", ["title"]),
            ("additionalProperties", false),
            ("properties", properties(BriefingKeys.document, [
                "title": ref("text"), "subtitle": ref("text"), "date": ref("date"), "authors": ref("texts"),
                "organization": ref("text"), "classification": ref("text"),
                "language": ref("language"),
                "style": .object([("type", "string"), ("description", "A built-in style name, or the path of a style file ending in .yaml")]),
                "summary": ref("text"), "keywords": ref("texts"), "labels": ref("labels"),
                "sections": array(of: ref("section1")),
            ])),
            ("$defs", .object(definitions)),
        ])
    }

    private static var definitions: [(String, JSONValue)] {
        var defs: [(String, JSONValue)] = [
            ("text", .object([("description", "Text with inline markup: **bold**, *italic*, `code`, [text](url), [text](#id)"),
                              ("type", ["string", "number", "boolean"])])),
            ("texts", anyOf([ref("text"), array(of: ref("text"))])),
            ("labels", .object([
                ("description", .string("Words Folio writes itself, in place of the language's: contents, figure (\"Figure {number}\"), "
                    + "table, source, continued, page (\"Page {page} of {pages}\"), page_alone, as_of (\"As of {date}\"), "
                    + "and a timeline data table's date, event, lane and detail; and the words of charts' descriptions "
                    + "(timeline, events, bar_chart, stacked_bar_chart, categories, series, unit, highest, lowest)")),
                ("type", "object"), ("additionalProperties", false),
                ("properties", .object(Labels.Key.allCases.map { ($0.rawValue, JSONValue.object([("type", "string")])) })),
            ])),
            ("date", anyOf([
                .object([("type", "string"), ("pattern", #"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-[Qq][1-4])?$"#)]),
                .object([("type", "integer"), ("minimum", 1), ("maximum", 9999)]),
            ])),
            ("language", .object([("description", .string("A BCP 47 language tag (en, sq, sr-Latn, pt-BR): hyphenation, shaping, "
                                   + "text direction and the PDF's /Lang")),
                                  ("type", "string"), ("pattern", .string(BriefingKeys.languagePattern))])),
            ("identifier", anyOf([
                .object([("type", "string"), ("pattern", .string(BriefingKeys.identifierPattern))]),
                .object([("type", "integer"), ("minimum", 0)]),
            ])),
            ("tone", enumeration(Tone.allCases.map(\.rawValue))),
            ("width", anyOf([
                .object([("const", "auto")]),
                .object([("type", "string"), ("pattern", #"^[0-9]+(\.[0-9]+)?%$"#)]),
                .object([("type", "string"), ("pattern", #"^ *[0-9]+(\.[0-9]+)? *(pt|mm|cm|in)? *$"#)]),
                .object([("type", "number"), ("exclusiveMinimum", 0)]),
            ])),
        ]
        for level in 1...BriefingKeys.maximumSectionDepth {
            var fields: [String: JSONValue] = ["title": ref("text"), "id": ref("identifier"), "language": ref("language"),
                                               "blocks": array(of: ref("block"))]
            if level < BriefingKeys.maximumSectionDepth { fields["sections"] = array(of: ref("section\(level + 1)")) }
            defs.append(("section\(level)", closedObject(BriefingKeys.section.filter { fields[$0] != nil }, fields, required: ["title"])))
        }
        defs.append(("block", .object([("oneOf", .array(BriefingKeys.blockKinds.map { kind in
            FloatPlacement.floatingKinds.contains(kind)
                ? closedObject([kind] + BriefingKeys.blockOptions, [kind: ref(kind), "language": ref("language"), "float": ref("float")],
                               required: [kind])
                : closedObject([kind, "language"], [kind: ref(kind), "language": ref("language")], required: [kind])
        }))])))
        defs += blockDefinitions
        return defs
    }

    private static var blockDefinitions: [(String, JSONValue)] {
        [
            ("paragraph", ref("text")),
            ("list", anyOf([ref("listItems"), closedObject(BriefingKeys.list, [
                "items": ref("listItems"), "ordered": .object([("type", "boolean")]),
            ], required: ["items"])])),
            ("listItems", .object([("type", "array"), ("minItems", 1), ("items", ref("listItem"))])),
            ("listItem", anyOf([ref("text"), merge(closedObject(BriefingKeys.listItem, [
                "term": ref("text"), "text": ref("text"), "items": ref("list"),
            ]), [("anyOf", [.object([("required", ["text"])]), .object([("required", ["term"])]), .object([("required", ["items"])])])])])),
            ("table", merge(closedObject(BriefingKeys.table, [
                "id": ref("identifier"), "caption": ref("text"), "source": ref("text"),
                "columns": .object([("type", "array"), ("minItems", 1), ("items", ref("column"))]),
                "rows": array(of: ref("row")),
                "header_rows": .object([("type", "integer"), ("minimum", 0)]),
                "header_columns": .object([("type", "integer"), ("minimum", 0)]),
                "data": ref("dataFile"), "delimiter": ref("delimiter"),
                "sort": anyOf([.object([("type", "string")]), closedObject(["by", "descending"], [
                    "by": .object([("type", "string")]), "descending": .object([("type", "boolean")]),
                ], required: ["by"])]),
                "limit": .object([("type", "integer"), ("minimum", 1)]),
            ]), [("anyOf", [.object([("required", ["columns", "rows"])]), .object([("required", ["data"])])])])),
            ("column", anyOf([ref("text"), closedObject(BriefingKeys.dataColumn, [
                "field": .object([("type", "string"), ("description", "The data file's field the column shows (with data:)")]),
                "title": ref("text"), "align": enumeration(TableColumn.Alignment.allCases.map(\.rawValue)), "width": ref("width"),
                "format": ref("numberFormat"),
                "sparkline": .object([("type", "boolean"), ("description", "The field holds lists of numbers, drawn as sparklines (with data:)")]),
            ]), ])),
            ("dataFile", .object([("type", "string"), ("pattern", #"(?i)\.(csv|tsv|tab|json)$"#),
                                  ("description", .string("A CSV, TSV or JSON (an array of objects) file next to the briefing"))])),
            ("delimiter", .object([("type", "string"), ("description", .string("The field separator of a CSV file: one character, or \\t"))])),
            ("numberFormat", .object([("type", "string"), ("pattern", "[0#]"),
                                      ("description", .string("An ICU number pattern: \"#,##0\", \"0.0\", \"0%\", \"€#,##0.00\""))])),
            ("row", anyOf([array(of: ref("cell")), closedObject(BriefingKeys.row, [
                "cells": array(of: ref("cell")), "tone": ref("tone"), "group": .object([("type", "boolean")]),
            ], required: ["cells"])])),
            ("cell", anyOf([ref("text"), .object([("type", "null")]), merge(closedObject(BriefingKeys.cell, [
                "text": ref("text"), "tone": ref("tone"), "number": .object([("type", "boolean")]),
                "sparkline": .object([("type", "array"), ("minItems", 1), ("items", .object([("type", ["number", "null"])]))]),
                "span": .object([("type", "integer"), ("minimum", 1), ("maximum", .number(Double(BriefingKeys.maximumSpan)))]),
                "row_span": .object([("type", "integer"), ("minimum", 1), ("maximum", .number(Double(BriefingKeys.maximumSpan)))]),
            ]), [("oneOf", [.object([("required", ["text"])]), .object([("required", ["sparkline"])])])])])),
            ("timeline", merge(closedObject(BriefingKeys.timeline, [
                "id": ref("identifier"), "title": ref("text"), "caption": ref("text"), "alt": ref("text"),
                "range": closedObject(BriefingKeys.range, ["from": ref("date"), "to": ref("date")], required: ["from", "to"]),
                "today": ref("date"),
                "events": .object([("type", "array"), ("minItems", 1), ("items", ref("event"))]),
                "data": ref("dataFile"), "delimiter": ref("delimiter"),
                "fields": closedObject(BriefingKeys.event, Dictionary(uniqueKeysWithValues: BriefingKeys.event.map {
                    ($0, JSONValue.object([("type", "string")]))
                })),
            ]), [("anyOf", [.object([("required", ["events"])]), .object([("required", ["data"])])])])),
            ("event", merge(closedObject(BriefingKeys.event, [
                "date": ref("date"), "start": ref("date"), "end": ref("date"), "label": ref("text"), "detail": ref("text"),
                "lane": ref("text"),
            ], required: ["label"]), [("oneOf", [
                .object([("required", ["date"]), ("not", .object([("anyOf", [.object([("required", ["start"])]),
                                                                            .object([("required", ["end"])])])]))]),
                .object([("required", ["start", "end"]), ("not", .object([("required", ["date"])]))]),
            ])])),
            ("chart", merge(closedObject(BriefingKeys.chart, [
                "id": ref("identifier"), "type": enumeration(Chart.Kind.allCases.map(\.rawValue)), "title": ref("text"),
                "caption": ref("text"), "alt": ref("text"), "unit": ref("text"),
                "categories": .object([("type", "array"), ("minItems", 1), ("items", ref("text"))]),
                "series": anyOf([.object([("type", "array"), ("minItems", 1), ("items", ref("series"))]),
                                 .object([("type", "string"), ("description", .string("With data: the field whose values split y into series"))])]),
                "orientation": enumeration(Chart.Orientation.allCases.map(\.rawValue)),
                "stacked": .object([("type", "boolean")]),
                "format": ref("numberFormat"), "data": ref("dataFile"), "delimiter": ref("delimiter"),
                "labels": enumeration(Chart.SeriesLabels.allCases.map(\.rawValue)), "zero": .object([("type", "boolean")]),
                "end_values": .object([("type", "boolean")]), "annotations": array(of: ref("annotation")),
                "x": .object([("type", "string"), ("description", .string("With data: the field of the categories"))]),
                "y": anyOf([.object([("type", "string")]), .object([("type", "array"), ("minItems", 1), ("items", anyOf([
                    .object([("type", "string")]),
                    closedObject(["field", "name"], ["field": .object([("type", "string")]), "name": ref("text")], required: ["field"]),
                ]))])]),
            ]), [("anyOf", [.object([("required", ["categories", "series"])]), .object([("required", ["data", "x", "y"])])])])),
            ("annotation", merge(closedObject(BriefingKeys.annotation, [
                "date": ref("date"), "x": ref("text"), "label": ref("text"),
            ], required: ["label"]), [("oneOf", [.object([("required", ["date"])]), .object([("required", ["x"])])])])),
            ("series", closedObject(BriefingKeys.series, [
                "name": ref("text"), "values": array(of: .object([("type", ["number", "null"])])),
            ], required: ["name", "values"])),
            ("callout", closedObject(BriefingKeys.callout, [
                "title": ref("text"), "text": ref("text"), "tone": enumeration(Callout.Tone.allCases.map(\.rawValue)),
            ], required: ["text"])),
            ("quote", closedObject(BriefingKeys.quote, ["text": ref("text"), "attribution": ref("text")], required: ["text"])),
            ("image", closedObject(BriefingKeys.image, [
                "path": .object([("type", "string"), ("pattern", #"(?i)\.(png|jpe?g|svg)$"#)]),
                "caption": ref("text"), "alt": ref("text"), "width": ref("width"),
            ], required: ["path"])),
            ("code", anyOf([.object([("type", "string"), ("minLength", 1)]), closedObject(BriefingKeys.code, [
                "text": .object([("type", "string"), ("minLength", 1)]),
                "syntax": .object([("type", "string"), ("description", "What the code is written in (bash, json); not highlighted")]),
            ], required: ["text"])])),
            ("page_break", .object([("const", true)])),
            ("float_barrier", .object([("const", true)])),
            ("float", anyOf([.object([("type", "boolean")]), enumeration(FloatPlacement.allCases.map(\.rawValue))])),
        ]
    }

    // MARK: Building blocks

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }
    private static func array(of items: JSONValue) -> JSONValue { .object([("type", "array"), ("items", items)]) }
    private static func anyOf(_ choices: [JSONValue]) -> JSONValue { .object([("anyOf", .array(choices))]) }
    private static func enumeration(_ values: [String]) -> JSONValue { .object([("enum", .array(values.map(JSONValue.string)))]) }

    /// The properties of `keys`, in that order, from `schemas`.
    private static func properties(_ keys: [String], _ schemas: [String: JSONValue]) -> JSONValue {
        .object(keys.map { ($0, schemas[$0] ?? .object([])) })
    }

    /// An object with exactly `keys` allowed.
    private static func closedObject(_ keys: [String], _ schemas: [String: JSONValue], required: [String] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "object")]
        if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
        members.append(("additionalProperties", false))
        members.append(("properties", properties(keys, schemas)))
        return .object(members)
    }

    private static func merge(_ value: JSONValue, _ extra: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let members) = value else { return value }
        return .object(members + extra)
    }
}
