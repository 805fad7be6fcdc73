using System.Text.RegularExpressions;
using Tomlyn.Syntax;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// Finds TOML 1.1 syntax that Tomlyn (a TOML 1.1 parser) accepts but Hugo 0.111's go-toml v2 (TOML 1.0) rejects,
/// so that a file Hugo cannot build is an error here too. Checked against Hugo 0.111.3 (hugo-params.sh):
/// <list type="bullet">
/// <item><c>"\x41"</c> → Hugo: "invalid escaped character U+0078 'x'" (error here);</item>
/// <item><c>t = 12:30</c>, <c>d = 2020-08-10T12:30</c> → Hugo: "times are expected to have the format HH:MM:SS" (error here);</item>
/// <item>an inline table over several lines (<c>{a = 1,⏎ b = 2}</c>) or with a trailing comma (<c>{a = 1,}</c>) →
/// Hugo: "invalid character at start of key" (error here). Newlines inside a VALUE of an inline table (a multi-line
/// array or string) are TOML 1.0 and Hugo accepts them;</item>
/// <item><c>"\e"</c> is TOML 1.1 too, but Hugo accepts it (go-toml v2 supports it): accepted here;</item>
/// <item>Unicode bare keys (<c>ключ = 1</c>) and control characters in comments: both Hugo and Tomlyn reject them;</item>
/// <item>date-times with nanoseconds: both valid; see <see cref="TomlFractionPatch"/>.</item>
/// </list>
/// </summary>
internal static partial class TomlHugoCompatibility
{
    public static List<(int Offset, string Message)> Check(DocumentSyntax doc)
    {
        var problems = new List<(int, string)>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(doc);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case SyntaxToken token:
                    CheckToken(token, problems);
                    break;
                case InlineTableSyntax table:
                    CheckInlineTable(table, problems);
                    break;
            }
            for (var i = node.ChildrenCount - 1; i >= 0; i--)
            {
                if (node.GetChild(i) is { } child)
                {
                    stack.Push(child);
                }
            }
        }
        problems.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return problems;
    }

    private static void CheckToken(SyntaxToken token, List<(int, string)> problems)
    {
        var text = token.Text ?? "";
        switch (token.TokenKind)
        {
            case TokenKind.String:
            case TokenKind.StringMulti:
                for (var i = 0; i < text.Length - 1; i++)
                {
                    if (text[i] != '\\')
                    {
                        continue;
                    }
                    if (text[i + 1] == 'x')
                    {
                        problems.Add((token.Span.Start.Offset + i + 1, // Hugo points at the 'x'
                            "the escape \\x is TOML 1.1; Hugo's TOML 1.0 reader rejects it (invalid escaped character 'x'); use \\u00XX"));
                    }
                    i++; // skip the escaped character (so "\\x" is a backslash followed by x)
                }
                break;
            case TokenKind.LocalTime:
            case TokenKind.LocalDateTime:
            case TokenKind.OffsetDateTimeByZ:
            case TokenKind.OffsetDateTimeByNumber:
                if (TimeWithoutSeconds().IsMatch(text))
                {
                    problems.Add((token.Span.Start.Offset,
                        $"the time '{text}' has no seconds, which is TOML 1.1; Hugo's TOML 1.0 reader requires HH:MM:SS"));
                }
                break;
        }
    }

    private static void CheckInlineTable(InlineTableSyntax table, List<(int, string)> problems)
    {
        if (table.Items is null || table.OpenBrace is null || table.CloseBrace is null)
        {
            return;
        }
        var items = new List<InlineTableItemSyntax>();
        foreach (var item in table.Items)
        {
            items.Add(item);
        }
        if (items.Count > 0 && items[^1].Comma is { } comma)
        {
            problems.Add((comma.Span.Start.Offset,
                "a trailing comma in an inline table is TOML 1.1; Hugo's TOML 1.0 reader rejects it"));
        }

        // A line break between the braces that is not inside one of the values (TOML 1.0 allows those).
        var from = table.OpenBrace.Span.Start.Offset;
        var to = table.CloseBrace.Span.Start.Offset;
        var newlines = new List<int>();
        CollectNewLineOffsets(table, newlines);
        foreach (var nl in newlines)
        {
            if (nl <= from || nl >= to || InsideAValue(nl, items))
            {
                continue;
            }
            problems.Add((table.OpenBrace.Span.Start.Offset,
                "an inline table spread over several lines is TOML 1.1; Hugo's TOML 1.0 reader rejects it"));
            return;
        }
    }

    private static bool InsideAValue(int offset, List<InlineTableItemSyntax> items)
    {
        foreach (var item in items)
        {
            if (item.KeyValue?.Value is { } v && v.Span.Start.Offset <= offset && offset <= v.Span.End.Offset)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Offsets of line breaks in the trivia and NewLine tokens directly under an inline table (not in nested values' text).</summary>
    private static void CollectNewLineOffsets(SyntaxNode root, List<int> into)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            AddTrivia(node.LeadingTrivia, into);
            AddTrivia(node.TrailingTrivia, into);
            if (node is SyntaxToken { TokenKind: TokenKind.NewLine } nlToken)
            {
                into.Add(nlToken.Span.Start.Offset);
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChild(i) is { } child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static void AddTrivia(List<SyntaxTrivia>? trivia, List<int> into)
    {
        if (trivia is null)
        {
            return;
        }
        foreach (var t in trivia)
        {
            if (t.Kind == TokenKind.NewLine || t.Kind == TokenKind.Comment)
            {
                into.Add(t.Span.Start.Offset);
            }
        }
    }

    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2}(?!:)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeWithoutSeconds();
}
