using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// Structural equality for front-matter trees, for round-trip tests of any reader or writer. Compares format,
/// keys (decoded and raw), entry order, lines, blank-line grouping, every comment (text and line), scalar value,
/// raw text, kind and style, collection styles, anchors, tags and alias names (and whether an alias resolves).
/// Ignores <see cref="FrontMatterNode.Start"/> and <see cref="FrontMatterDocument.RawText"/>, which are source
/// positions and text rather than structure. <see cref="FirstDifference(FrontMatterDocument, FrontMatterDocument)"/>
/// names the path of the first mismatch, so a failing test says where.
/// </summary>
public static class FrontMatterTreeComparer
{
    public static void AssertEqual(FrontMatterDocument expected, FrontMatterDocument actual)
    {
        var difference = FirstDifference(expected, actual);
        Assert.True(difference is null, difference);
    }

    public static void AssertEqual(FrontMatterNode expected, FrontMatterNode actual)
    {
        var difference = FirstDifference(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    public static string? FirstDifference(FrontMatterDocument expected, FrontMatterDocument actual) =>
        Compare("format", expected.Format, actual.Format)
        ?? Compare("trailingBlankLines", expected.TrailingBlankLines, actual.TrailingBlankLines)
        ?? Comments("endComments", expected.EndComments, actual.EndComments)
        ?? FirstDifference(expected.Root, actual.Root, "$");

    public static string? FirstDifference(FrontMatterNode expected, FrontMatterNode actual, string path)
    {
        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}";
        }
        var common = Compare($"{path}.anchor", expected.Anchor, actual.Anchor) ?? Compare($"{path}.tag", expected.Tag, actual.Tag);
        if (common is not null)
        {
            return common;
        }
        switch (expected, actual)
        {
            case (FrontMatterScalar e, FrontMatterScalar a):
                return Compare($"{path}.value", e.Value, a.Value)
                    ?? Compare($"{path}.raw", e.Raw, a.Raw)
                    ?? Compare($"{path}.kind", e.Kind, a.Kind)
                    ?? Compare($"{path}.style", e.Style, a.Style);
            case (FrontMatterAlias e, FrontMatterAlias a):
                return Compare($"{path}.name", e.Name, a.Name)
                    ?? Compare($"{path}.resolves", e.Target is not null, a.Target is not null)
                    ?? Compare($"{path}.target.anchor", e.Target?.Anchor, a.Target?.Anchor);
            case (FrontMatterSequence e, FrontMatterSequence a):
            {
                var d = Compare($"{path}.style", e.Style, a.Style)
                    ?? Compare($"{path}.items.count", e.Items.Count, a.Items.Count)
                    ?? Comments($"{path}.endComments", e.EndComments, a.EndComments);
                if (d is not null)
                {
                    return d;
                }
                for (var i = 0; i < e.Items.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    d = Comments($"{itemPath}.leadingComments", e.Items[i].LeadingComments, a.Items[i].LeadingComments)
                        ?? Comment($"{itemPath}.trailingComment", e.Items[i].TrailingComment, a.Items[i].TrailingComment)
                        ?? FirstDifference(e.Items[i].Value, a.Items[i].Value, itemPath);
                    if (d is not null)
                    {
                        return d;
                    }
                }
                return null;
            }
            case (FrontMatterMapping e, FrontMatterMapping a):
            {
                var d = Compare($"{path}.style", e.Style, a.Style)
                    ?? Compare($"{path}.entries.count", e.Entries.Count, a.Entries.Count)
                    ?? Comments($"{path}.endComments", e.EndComments, a.EndComments);
                if (d is not null)
                {
                    return d;
                }
                for (var i = 0; i < e.Entries.Count; i++)
                {
                    var ee = e.Entries[i];
                    var ae = a.Entries[i];
                    var entryPath = $"{path}.{ee.Key}#{i}";
                    d = Compare($"{entryPath}.key", ee.Key, ae.Key)
                        ?? Compare($"{entryPath}.rawKey", ee.RawKey, ae.RawKey)
                        ?? Compare($"{entryPath}.line", ee.Line, ae.Line)
                        ?? Compare($"{entryPath}.blankLinesBefore", ee.BlankLinesBefore, ae.BlankLinesBefore)
                        ?? Comments($"{entryPath}.leadingComments", ee.LeadingComments, ae.LeadingComments)
                        ?? Comment($"{entryPath}.trailingComment", ee.TrailingComment, ae.TrailingComment)
                        ?? FirstDifference(ee.Value, ae.Value, entryPath);
                    if (d is not null)
                    {
                        return d;
                    }
                }
                return null;
            }
            default:
                return $"{path}: unknown node type {expected.GetType().Name}";
        }
    }

    private static string? Comments(string path, List<CommentLine> expected, List<CommentLine> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} comments, got {actual.Count}";
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var d = Comment($"{path}[{i}]", expected[i], actual[i]);
            if (d is not null)
            {
                return d;
            }
        }
        return null;
    }

    private static string? Comment(string path, CommentLine? expected, CommentLine? actual) =>
        expected == actual ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";

    private static string Show(CommentLine? c) => c is null ? "no comment" : $"'{c.Text}' (line {c.Line})";

    private static string? Compare<T>(string path, T expected, T actual) =>
        EqualityComparer<T>.Default.Equals(expected, actual) ? null : $"{path}: expected '{expected}', got '{actual}'";
}
