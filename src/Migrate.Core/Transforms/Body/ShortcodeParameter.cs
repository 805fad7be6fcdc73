namespace Migrate.Core.Transforms.Body;

/// <summary>
/// One shortcode parameter. <see cref="Name"/> is null for a positional parameter. <see cref="Value"/> is the value
/// Hugo sees (quotes removed, <c>\"</c> unescaped in double-quoted values, raw strings verbatim);
/// <see cref="Quoting"/> is the quote character used (<c>"</c>, <c>`</c>) or null for a bare word.
/// </summary>
public sealed record ShortcodeParameter(string? Name, string Value, char? Quoting, SourceRange Range);
