namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// A scalar value. <see cref="Raw"/> is the exact source text of the value (with its quotes, escapes and, for
/// block scalars, the header and indented lines); <see cref="Value"/> is the decoded string content
/// (quotes removed, escapes resolved, folding applied). <see cref="Kind"/> is the resolved type.
/// </summary>
public sealed class FrontMatterScalar : FrontMatterNode
{
    public FrontMatterScalar(string value, ScalarKind kind, ScalarStyle style = ScalarStyle.Plain, string? raw = null)
    {
        Value = value;
        Kind = kind;
        Style = style;
        Raw = raw ?? value;
    }

    public string Value { get; set; }

    public ScalarKind Kind { get; set; }

    public ScalarStyle Style { get; set; }

    public string Raw { get; set; }

    public bool IsNull => Kind == ScalarKind.Null;

    public static FrontMatterScalar String(string value, ScalarStyle style = ScalarStyle.DoubleQuoted) =>
        new(value, ScalarKind.String, style, null);

    public override string ToString() => Raw;
}
