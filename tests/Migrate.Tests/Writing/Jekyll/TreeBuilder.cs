using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>Small helpers to build front-matter trees by hand (the readers are not needed for writer tests).</summary>
internal static class TreeBuilder
{
    public static FrontMatterScalar Str(string value, ScalarStyle style = ScalarStyle.Plain, string? raw = null) =>
        new(value, ScalarKind.String, style, raw);

    public static FrontMatterScalar Plain(string raw, ScalarKind kind) => new(raw, kind, ScalarStyle.Plain, raw);

    public static FrontMatterScalar Null(string raw = "") => new("", ScalarKind.Null, ScalarStyle.Plain, raw);

    public static FrontMatterEntry Entry(this FrontMatterMapping map, string key, FrontMatterNode value, int line, string? trailing = null, params string[] leading)
    {
        var e = map.Add(key, value);
        e.Line = line;
        value.Start ??= new SourcePosition(line, key.Length + 3);
        var l = line - leading.Length;
        foreach (var c in leading)
        {
            e.LeadingComments.Add(new CommentLine(c, l++));
        }
        if (trailing is not null)
        {
            e.TrailingComment = new CommentLine(trailing, line);
        }
        return e;
    }

    public static FrontMatterSequence Seq(CollectionStyle style, params FrontMatterNode[] items)
    {
        var s = new FrontMatterSequence { Style = style };
        foreach (var i in items)
        {
            s.Add(i);
        }
        return s;
    }
}
