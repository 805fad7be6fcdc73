using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.Reading.Academic;

/// <summary>Terse builders for hand-made front-matter trees (the parsers are another work stream's).</summary>
internal static class Tree
{
    public static FrontMatterScalar Str(string value) => FrontMatterScalar.String(value);

    public static FrontMatterScalar Plain(string value, ScalarKind kind) => new(value, kind, ScalarStyle.Plain);

    public static FrontMatterScalar Null() => new("", ScalarKind.Null, ScalarStyle.Plain);

    public static FrontMatterScalar Bool(bool value) => new(value ? "true" : "false", ScalarKind.Boolean);

    public static FrontMatterSequence Seq(params FrontMatterNode[] items)
    {
        var seq = new FrontMatterSequence();
        foreach (var item in items)
        {
            seq.Add(item);
        }
        return seq;
    }

    public static FrontMatterSequence Strs(params string[] items) => Seq(items.Select(i => (FrontMatterNode)Str(i)).ToArray());

    public static FrontMatterMapping Map(params (string Key, FrontMatterNode Value)[] entries)
    {
        var map = new FrontMatterMapping();
        var line = 2;
        foreach (var (key, value) in entries)
        {
            map.Add(key, value).Line = line++;
        }
        return map;
    }

    /// <summary>A mapping of string values, for link entries and image blocks.</summary>
    public static FrontMatterMapping StrMap(params (string Key, string Value)[] entries) =>
        Map(entries.Select(e => (e.Key, (FrontMatterNode)Str(e.Value))).ToArray());
}
