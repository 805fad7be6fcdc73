using System.Text;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Finds Hugo shortcodes in a body following Hugo's page lexer (<c>parser/pageparser/pagelexer_shortcode.go</c>):
/// <c>{{&lt; name params &gt;}}</c> and <c>{{% name params %}}</c>, closing tags <c>{{&lt; /name &gt;}}</c>,
/// self-closing <c>{{&lt; name /&gt;}}</c>, positional or named (never mixed) parameters with bare, <c>"quoted"</c>
/// (with <c>\"</c>) or <c>`raw`</c> values, nesting, and the comment escape <c>{{&lt;/* … */&gt;}}</c>.
/// Like Hugo, it does not know about Markdown code: callers decide what a call inside code means. Where Hugo
/// would fail the page, the text becomes a <see cref="ShortcodeNodeKind.Malformed"/> node and a warning.
/// Whether a call is paired is decided by the presence of a matching closing tag (Hugo asks the template).
/// </summary>
public static class HugoShortcodeParser
{
    public static ShortcodeParseResult Parse(string text, string? path = null, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new LineIndex(text, firstLine);
        var diagnostics = new List<Diagnostic>();
        var nodes = new List<ShortcodeNode>();
        var open = new List<ShortcodeNode>();
        var pos = 0;
        while (true)
        {
            var p = text.IndexOf("{{", pos, StringComparison.Ordinal);
            if (p < 0 || p + 2 >= text.Length)
            {
                break;
            }
            var c = text[p + 2];
            if (c != '<' && c != '%')
            {
                pos = p + 1;
                continue;
            }
            var delimiter = c == '<' ? ShortcodeDelimiter.Angle : ShortcodeDelimiter.Percent;
            var right = c == '<' ? ">}}" : "%}}";
            if (string.CompareOrdinal(text, p + 3, "/*", 0, 2) == 0)
            {
                pos = LexComment(text, p, delimiter, right, lines, nodes, diagnostics, path);
                continue;
            }

            var tag = LexTag(text, p, right);
            if (tag.Error is not null)
            {
                var bad = new ShortcodeNode(ShortcodeNodeKind.Malformed, tag.Name ?? "", delimiter,
                    SourceRange.FromBounds(p, Math.Max(tag.End, p + 3)), tag.Parameters, false, lines.LineOf(p), lines.ColumnOf(p))
                {
                    Error = tag.Error,
                };
                nodes.Add(bad);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MalformedShortcode, path, bad.Line,
                    $"malformed shortcode '{Excerpt(text, p)}': {tag.Error}; kept as text (Hugo would fail this page)", bad.Column));
                pos = p + 3;
                continue;
            }

            var range = SourceRange.FromBounds(p, tag.End);
            if (tag.Closing)
            {
                var k = open.FindLastIndex(n => n.Name == tag.Name);
                if (k < 0)
                {
                    var stray = new ShortcodeNode(ShortcodeNodeKind.Malformed, tag.Name!, delimiter, range,
                        Array.Empty<ShortcodeParameter>(), false, lines.LineOf(p), lines.ColumnOf(p))
                    {
                        Error = "closing tag without an opening tag",
                    };
                    nodes.Add(stray);
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MalformedShortcode, path, stray.Line,
                        $"closing shortcode tag '{Excerpt(text, p)}' has no opening tag; kept as text", stray.Column));
                }
                else
                {
                    open[k].CloseTag = range;
                    open.RemoveRange(k, open.Count - k);
                }
                pos = tag.End;
                continue;
            }

            var node = new ShortcodeNode(ShortcodeNodeKind.Call, tag.Name!, delimiter, range, tag.Parameters,
                tag.SelfClosing, lines.LineOf(p), lines.ColumnOf(p));
            nodes.Add(node);
            if (!tag.SelfClosing)
            {
                open.Add(node);
            }
            pos = tag.End;
        }

        var roots = BuildTree(nodes);
        return new ShortcodeParseResult(roots, nodes, diagnostics);
    }

    private static int LexComment(string text, int p, ShortcodeDelimiter delimiter, string right, LineIndex lines,
        List<ShortcodeNode> nodes, List<Diagnostic> diagnostics, string? path)
    {
        var close = text.IndexOf("*/" + right, p + 5, StringComparison.Ordinal);
        if (close < 0)
        {
            var bad = new ShortcodeNode(ShortcodeNodeKind.Malformed, "", delimiter, new SourceRange(p, 5),
                Array.Empty<ShortcodeParameter>(), false, lines.LineOf(p), lines.ColumnOf(p))
            {
                Error = "comment must be closed",
            };
            nodes.Add(bad);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MalformedShortcode, path, bad.Line,
                $"shortcode comment '{Excerpt(text, p)}' is never closed with '*/{right}'; kept as text (Hugo would fail this page)", bad.Column));
            return p + 3;
        }
        var end = close + 2 + right.Length;
        var literal = text.Substring(p, 3) + text.Substring(p + 5, close - (p + 5)) + right;
        nodes.Add(new ShortcodeNode(ShortcodeNodeKind.CommentEscape, NameOfLiteral(literal), delimiter,
            SourceRange.FromBounds(p, end), Array.Empty<ShortcodeParameter>(), false, lines.LineOf(p), lines.ColumnOf(p))
        {
            Literal = literal,
        });
        return end;
    }

    private static string NameOfLiteral(string literal)
    {
        var i = 3;
        while (i < literal.Length && (char.IsWhiteSpace(literal[i]) || literal[i] == '/'))
        {
            i++;
        }
        var start = i;
        while (i < literal.Length && IsNameChar(literal[i]))
        {
            i++;
        }
        return literal[start..i];
    }

    private sealed record LexedTag(string? Name, bool Closing, bool SelfClosing, List<ShortcodeParameter> Parameters, int End, string? Error);

    private static LexedTag LexTag(string text, int p, string right)
    {
        var pos = p + 3;
        string? name = null;
        var closing = false;
        var selfClosing = false;
        var parameters = new List<ShortcodeParameter>();
        int mode = 0; // 0 none yet, 1 positional, 2 named
        LexedTag Fail(string error) => new(name, closing, selfClosing, parameters, pos, error);

        while (true)
        {
            pos = SkipSpace(text, pos);
            if (pos >= text.Length)
            {
                return Fail("unclosed shortcode action");
            }
            if (string.CompareOrdinal(text, pos, right, 0, right.Length) == 0)
            {
                if (name is null)
                {
                    return Fail("shortcode has no name");
                }
                return new LexedTag(name, closing, selfClosing, parameters, pos + right.Length, null);
            }
            if (selfClosing)
            {
                return Fail($"unexpected text after '/' in a self-closing shortcode");
            }
            var ch = text[pos];
            if (ch == '/')
            {
                if (name is null)
                {
                    if (closing)
                    {
                        return Fail("unexpected '/'");
                    }
                    closing = true;
                }
                else if (closing)
                {
                    return Fail("a closing tag cannot be self-closing");
                }
                else
                {
                    selfClosing = true;
                }
                pos++;
                continue;
            }
            if (name is null)
            {
                var start = pos;
                while (pos < text.Length && IsNameChar(text[pos]))
                {
                    pos++;
                }
                if (pos == start)
                {
                    return Fail($"unrecognized character in shortcode action: '{ch}'");
                }
                name = text[start..pos];
                if (name.Contains('.') && !name.EndsWith(".inline", StringComparison.Ordinal))
                {
                    return Fail("period in shortcode name only allowed for inline identifiers");
                }
                continue;
            }
            if (closing)
            {
                return Fail($"closing tag for shortcode '{name}' has extra text");
            }

            var paramStart = pos;
            if (ch == '"' || ch == '`')
            {
                var (value, end, error) = ReadQuoted(text, pos);
                if (error is not null)
                {
                    pos = end;
                    return Fail(error);
                }
                if (mode == 2)
                {
                    return Fail("got quoted positional parameter. Cannot mix named and positional parameters");
                }
                mode = 1;
                parameters.Add(new ShortcodeParameter(null, value!, ch, SourceRange.FromBounds(paramStart, end)));
                pos = end;
                continue;
            }
            if (!IsWordChar(ch))
            {
                return Fail($"unrecognized character in shortcode action: '{ch}'. Parameters with non-alphanumeric args must be quoted");
            }
            var wordStart = pos;
            while (pos < text.Length && IsWordChar(text[pos]))
            {
                pos++;
            }
            var word = text[wordStart..pos];
            var afterWord = SkipSpace(text, pos);
            if (afterWord < text.Length && text[afterWord] == '=')
            {
                if (mode == 1)
                {
                    return Fail($"got named parameter '{word}'. Cannot mix named and positional parameters");
                }
                mode = 2;
                pos = SkipSpace(text, afterWord + 1);
                if (pos >= text.Length)
                {
                    return Fail("unclosed shortcode action");
                }
                var vc = text[pos];
                if (vc == '"' || vc == '`')
                {
                    var (value, end, error) = ReadQuoted(text, pos);
                    if (error is not null)
                    {
                        pos = end;
                        return Fail(error);
                    }
                    parameters.Add(new ShortcodeParameter(word, value!, vc, SourceRange.FromBounds(paramStart, end)));
                    pos = end;
                    continue;
                }
                var valueStart = pos;
                while (pos < text.Length && IsWordChar(text[pos]))
                {
                    pos++;
                }
                if (pos == valueStart)
                {
                    return Fail($"named parameter '{word}' has no value");
                }
                parameters.Add(new ShortcodeParameter(word, text[valueStart..pos], null, SourceRange.FromBounds(paramStart, pos)));
                continue;
            }
            if (mode == 2)
            {
                return Fail($"got positional parameter '{word}'. Cannot mix named and positional parameters");
            }
            mode = 1;
            parameters.Add(new ShortcodeParameter(null, word, null, SourceRange.FromBounds(wordStart, pos)));
        }
    }

    private static (string? Value, int End, string? Error) ReadQuoted(string text, int pos)
    {
        var quote = text[pos];
        var sb = new StringBuilder();
        var i = pos + 1;
        while (i < text.Length)
        {
            var ch = text[i];
            if (quote == '"' && ch == '\\' && i + 1 < text.Length && text[i + 1] == '"')
            {
                sb.Append('"');
                i += 2;
                continue;
            }
            if (ch == quote)
            {
                return (sb.ToString(), i + 1, null);
            }
            sb.Append(ch);
            i++;
        }
        return (null, text.Length, "unterminated quoted string in shortcode parameter");
    }

    private static int SkipSpace(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
        {
            pos++;
        }
        return pos;
    }

    // Hugo: isAlphaNumericOrHyphen plus '/' (namespaces) and '.' (".inline").
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '/' or '.';

    // Bare parameter values: letters, digits, '_', '-', and '.' (floats).
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private static string Excerpt(string text, int p)
    {
        var end = text.IndexOfAny(new[] { '\n', '\r' }, p);
        if (end < 0)
        {
            end = text.Length;
        }
        var s = text[p..end];
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    private static List<ShortcodeNode> BuildTree(List<ShortcodeNode> nodes)
    {
        nodes.Sort((a, b) => a.OpenTag.Start.CompareTo(b.OpenTag.Start));
        var roots = new List<ShortcodeNode>();
        var stack = new List<ShortcodeNode>();
        foreach (var node in nodes)
        {
            while (stack.Count > 0 && !stack[^1].Inner!.Value.Covers(node.Whole))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            if (stack.Count > 0)
            {
                node.Parent = stack[^1];
                node.Depth = stack.Count;
                stack[^1].Children.Add(node);
            }
            else
            {
                roots.Add(node);
            }
            if (node.IsPaired)
            {
                stack.Add(node);
            }
        }
        return roots;
    }
}
