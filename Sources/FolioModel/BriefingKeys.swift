/// The keys of every mapping in a briefing: the decoder accepts exactly these, and the JSON Schema lists them.
public enum BriefingKeys {
    public static let document = ["title", "subtitle", "date", "authors", "organization", "classification", "language",
                                  "style", "summary", "keywords", "labels", "sections"]
    public static let section = ["title", "id", "language", "blocks", "sections"]
    /// The keys a block may have beside the one naming its kind.
    public static let blockOptions = ["language", "float"]
    public static let blockKinds = ["paragraph", "list", "table", "timeline", "chart", "callout", "quote", "image", "code", "page_break", "float_barrier"]
    public static let code = ["text", "syntax"]
    public static let list = ["items", "ordered"]
    public static let listItem = ["term", "text", "items"]
    public static let table = ["id", "caption", "columns", "rows", "header_rows", "header_columns", "source", "data", "delimiter",
                               "sort", "limit"]
    public static let column = ["title", "align", "width", "format"]
    public static let row = ["cells", "tone", "group"]
    public static let cell = ["text", "number", "sparkline", "span", "row_span", "tone"]
    /// A data table's column: a column, the field it shows, and whether that field holds sparklines.
    public static let dataColumn = ["field", "title", "align", "width", "format", "sparkline"]
    public static let timeline = ["id", "title", "caption", "alt", "range", "today", "events", "data", "delimiter", "fields"]
    public static let range = ["from", "to"]
    public static let event = ["date", "start", "end", "label", "detail", "lane"]
    public static let chart = ["id", "type", "title", "caption", "alt", "categories", "series", "unit", "orientation", "stacked",
                               "format", "data", "delimiter", "x", "y", "labels", "zero", "annotations", "end_values"]
    public static let annotation = ["date", "x", "label"]
    public static let series = ["name", "values"]
    public static let callout = ["title", "text", "tone"]
    public static let quote = ["text", "attribution"]
    public static let image = ["path", "caption", "alt", "width"]

    /// The deepest level of subsections.
    public static let maximumSectionDepth = 3
    /// The deepest nesting of list items.
    public static let maximumListDepth = 8
    /// The most rows a cell may span, and the most columns a table may have.
    public static let maximumSpan = 1_000
    /// What an id may look like: it is used in links, bookmarks and file names.
    public static let identifierPattern = "^[A-Za-z0-9][A-Za-z0-9_-]*$"
    /// What a language tag may look like (the syntax of BCP 47, not its registry).
    public static let languagePattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
    /// The file types an image block may name.
    public static let imageExtensions = ["png", "jpg", "jpeg", "svg"]
}
