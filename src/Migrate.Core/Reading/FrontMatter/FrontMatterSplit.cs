using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// The result of splitting a page into front matter and body, by offsets into the original text.
/// <see cref="Format"/> is null when the file has no front matter. <see cref="Block"/> is everything from after the
/// BOM up to the body (opening delimiter, front matter, closing delimiter and its line break); <see cref="Content"/>
/// is the front matter between the delimiter lines (for JSON: the whole <c>{…}</c> object);
/// <see cref="ContentFirstLine"/> is the 1-based file line where <see cref="Content"/> starts.
/// Invariant: (BOM ? "\uFEFF" : "") + Block + Body == the input. <see cref="Error"/> is set (with
/// <see cref="ErrorLine"/>) when the front matter is not terminated; then Body is empty and Block is the whole file.
/// </summary>
public sealed record FrontMatterSplit(
    FrontMatterFormat? Format,
    bool HasBom,
    string Block,
    string Content,
    int ContentFirstLine,
    string Body,
    string NewLine,
    string? Error,
    int? ErrorLine);
