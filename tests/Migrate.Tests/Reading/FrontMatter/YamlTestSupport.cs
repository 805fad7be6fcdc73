using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>Helpers shared by the YAML front-matter tests: parse with a known first line and list comment placements.</summary>
internal static class YamlTestSupport
{
    public static FrontMatterDocument ParseOk(string yaml, int firstLine = 2)
    {
        var bag = new DiagnosticBag();
        var doc = YamlFrontMatterParser.Parse(yaml, "x/index.md", firstLine, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.NotNull(doc);
        return doc!;
    }

    /// <summary>
    /// Every comment in the tree as "where role text", e.g. <c>tags[1] lead # c</c>, <c>params end # c</c>,
    /// <c>$ end # c</c> for the document's end comments. Walks with an explicit stack.
    /// </summary>
    public static List<string> Placements(FrontMatterDocument doc)
    {
        var result = new List<string>();
        var stack = new Stack<(string Path, FrontMatterNode Node)>();
        stack.Push(("", doc.Root));
        while (stack.Count > 0)
        {
            var (path, node) = stack.Pop();
            var children = new List<(string, FrontMatterNode)>();
            switch (node)
            {
                case FrontMatterMapping m:
                    foreach (var e in m.Entries)
                    {
                        var p = path.Length == 0 ? e.Key : path + "." + e.Key;
                        result.AddRange(e.LeadingComments.Select(c => $"{p} lead {c.Text}"));
                        if (e.TrailingComment is { } t)
                        {
                            result.Add($"{p} trail {t.Text}");
                        }
                        children.Add((p, e.Value));
                    }
                    if (path.Length > 0)
                    {
                        result.AddRange(m.EndComments.Select(c => $"{path} end {c.Text}"));
                    }
                    break;
                case FrontMatterSequence s:
                    for (var i = 0; i < s.Items.Count; i++)
                    {
                        var p = $"{path}[{i}]";
                        result.AddRange(s.Items[i].LeadingComments.Select(c => $"{p} lead {c.Text}"));
                        if (s.Items[i].TrailingComment is { } t)
                        {
                            result.Add($"{p} trail {t.Text}");
                        }
                        children.Add((p, s.Items[i].Value));
                    }
                    result.AddRange(s.EndComments.Select(c => $"{path} end {c.Text}"));
                    break;
            }
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
        result.AddRange(doc.Root.EndComments.Select(c => $"$root end {c.Text}"));
        result.AddRange(doc.EndComments.Select(c => $"$ end {c.Text}"));
        return result;
    }

    /// <summary>
    /// The comments of a YAML text found independently of YamlDotNet: a '#' outside quotes that starts the line
    /// (after spaces) or follows a space/tab, on lines that are not inside a block scalar or a multi-line quoted
    /// string. Good enough for hand-written inputs and the corpus front matters (checked by the sweep).
    /// Returns (file line, text) pairs.
    /// </summary>
    public static List<(int Line, string Text)> IndependentComments(string yaml, int firstLine, FrontMatterDocument doc)
    {
        var covered = CoveredLines(doc, firstLine);
        var result = new List<(int, string)>();
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fileLine = firstLine + i;
            covered.TryGetValue(fileLine, out var mode);
            if (mode == 'B')
            {
                continue;
            }
            var line = lines[i];
            var quote = mode;
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"')
                    {
                        j++;
                    }
                    else if (c == quote)
                    {
                        quote = '\0';
                    }
                    continue;
                }
                if ((c == '"' || c == '\'') && (j == 0 || " \t[{,:-".Contains(line[j - 1])))
                {
                    quote = c;
                    continue;
                }
                if (c == '#' && (j == 0 || line[j - 1] is ' ' or '\t'))
                {
                    result.Add((fileLine, line[j..]));
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Continuation lines of multi-line scalars: 'B' for lines wholly inside the scalar (block scalars, middle lines
    /// of quoted ones), the quote character for the last line of a quoted scalar (scanning starts inside the quotes).
    /// Plain multi-line scalars are scanned normally: a " #" there ends the scalar and starts a comment.
    /// </summary>
    private static Dictionary<int, char> CoveredLines(FrontMatterDocument doc, int firstLine)
    {
        _ = firstLine;
        var covered = new Dictionary<int, char>();
        var stack = new Stack<FrontMatterNode>();
        stack.Push(doc.Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FrontMatterMapping m:
                    m.Entries.ForEach(e => stack.Push(e.Value));
                    break;
                case FrontMatterSequence s:
                    s.Items.ForEach(i => stack.Push(i.Value));
                    break;
                case FrontMatterScalar sc when sc.Start is { } start && sc.Style != ScalarStyle.Plain:
                    var breaks = sc.Raw.Count(ch => ch == '\n');
                    for (var l = 1; l <= breaks; l++)
                    {
                        var quoted = sc.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
                        covered[start.Line + l] = quoted && l == breaks ? sc.Raw[0] : 'B';
                    }
                    break;
            }
        }
        return covered;
    }
}
