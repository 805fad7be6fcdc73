using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Splits a Hugo page into front matter and body following Hugo 0.111's page lexer
/// (<c>parser/pageparser/pagelexer_intro.go</c>), checked against the real Hugo with the hugo-params oracle
/// (owner: helper "yaml"). The rules, each as Hugo applies them:
/// <list type="bullet">
/// <item>A BOM, spaces, tabs and blank lines before the first significant character are skipped, so
/// <c>"\n\n---"</c> and <c>"   ---"</c> both open front matter.</item>
/// <item>The first significant character decides: <c>-</c> YAML, <c>+</c> TOML, <c>{</c> JSON. Anything else means
/// no front matter. A <c>-</c> or <c>+</c> not followed by two more of the same is Hugo's "invalid YAML/TOML
/// delimiter" build error.</item>
/// <item><c>&lt;!--</c> before the delimiter is Hugo's commented-out front matter: the comment line is skipped and
/// the front matter is still read; everything through the closing <c>--&gt;</c> belongs to the block.</item>
/// <item>After the opening <c>---</c> only one line break is consumed; text after the delimiter on that line
/// (<c>--- # note</c>, trailing spaces) is front-matter content.</item>
/// <item>The closing delimiter is the first line that <em>starts</em> with the three delimiter characters.
/// Whatever follows them on that line (<c>----</c>, <c>---   </c>, <c>---more</c>) and the line break after it stay
/// in the body; only a directly following CR, LF or CRLF is consumed.</item>
/// <item>CR, LF and CRLF all end lines. The closing delimiter may be the last line without a line break.</item>
/// <item>JSON front matter is the object found by counting braces outside double quotes; a backslash skips the next
/// character everywhere (Hugo does the same), and one line break after <c>}</c> is consumed.</item>
/// </list>
/// Org-mode front matter (<c>#+TITLE:</c>) is not modelled (no <see cref="FrontMatterFormat"/> for it): such a file
/// splits as having no front matter.
/// </summary>
public static class FrontMatterSplitter
{
    private const char Bom = '\uFEFF';

    public static FrontMatterSplit Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hasBom = text.Length > 0 && text[0] == Bom;
        var start = hasBom ? 1 : 0;
        var newLine = DetectNewLine(text);

        var pos = start;
        var inHtmlComment = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pos++;
                continue;
            }
            if (c == Bom)
            {
                // Hugo ignores a byte-order mark wherever the intro scan meets it.
                pos++;
                continue;
            }
            if (c == '<' && !inHtmlComment && string.CompareOrdinal(text, pos, "<!--", 0, 4) == 0)
            {
                // Hugo: "This may be commented out front matter, which should still be read."
                pos = AfterLine(text, pos);
                inHtmlComment = true;
                continue;
            }
            break;
        }

        if (pos >= text.Length || (inHtmlComment && text[pos] is not ('-' or '+' or '{')))
        {
            // Only an HTML comment directly around front matter is special; any other comment is body.
            return NoFrontMatter(text, hasBom, start, newLine);
        }

        return text[pos] switch
        {
            '-' => SplitDelimited(text, hasBom, start, pos, '-', FrontMatterFormat.Yaml, "YAML", inHtmlComment, newLine),
            '+' => SplitDelimited(text, hasBom, start, pos, '+', FrontMatterFormat.Toml, "TOML", inHtmlComment, newLine),
            '{' => SplitJson(text, hasBom, start, pos, inHtmlComment, newLine),
            _ => NoFrontMatter(text, hasBom, start, newLine),
        };
    }

    private static FrontMatterSplit SplitDelimited(
        string text, bool hasBom, int start, int open, char delimiter, FrontMatterFormat format, string name,
        bool inHtmlComment, string newLine)
    {
        var openLine = LineOf(text, open);
        if (open + 2 >= text.Length || text[open + 1] != delimiter || text[open + 2] != delimiter)
        {
            return Failed(text, hasBom, start, format, $"invalid {name} delimiter", openLine, newLine);
        }

        var contentStart = ConsumeLineBreak(text, open + 3);
        var wasEndOfLine = contentStart != open + 3;
        var pos = contentStart;
        while (true)
        {
            if (!wasEndOfLine)
            {
                if (pos >= text.Length)
                {
                    return Failed(text, hasBom, start, format, $"EOF looking for end {name} front matter delimiter", openLine, newLine);
                }
                var c = text[pos++];
                if (c is not ('\r' or '\n'))
                {
                    continue;
                }
            }
            wasEndOfLine = false;
            // pos is just after a line-break character: does the next line start with the delimiter?
            if (pos + 3 <= text.Length && text[pos] == delimiter && text[pos + 1] == delimiter && text[pos + 2] == delimiter)
            {
                var contentEnd = pos;
                var blockEnd = ConsumeLineBreak(text, pos + 3);
                if (inHtmlComment)
                {
                    blockEnd = AfterHtmlCommentEnd(text, blockEnd);
                    if (blockEnd < 0)
                    {
                        return Failed(text, hasBom, start, format, "starting HTML comment with no end", openLine, newLine);
                    }
                }
                return new FrontMatterSplit(
                    format,
                    hasBom,
                    text[start..blockEnd],
                    text[contentStart..contentEnd],
                    LineOf(text, contentStart),
                    text[blockEnd..],
                    newLine,
                    null,
                    null);
            }
        }
    }

    private static FrontMatterSplit SplitJson(string text, bool hasBom, int start, int open, bool inHtmlComment, string newLine)
    {
        var inQuote = false;
        var level = 0;
        var pos = open;
        while (true)
        {
            if (pos >= text.Length)
            {
                return Failed(text, hasBom, start, FrontMatterFormat.Json, "unexpected EOF parsing JSON front matter", LineOf(text, open), newLine);
            }
            var c = text[pos++];
            switch (c)
            {
                case '{' when !inQuote:
                    level++;
                    break;
                case '}' when !inQuote:
                    level--;
                    break;
                case '"':
                    inQuote = !inQuote;
                    break;
                case '\\':
                    // Possibly an escaped quote; Hugo skips the next character wherever the backslash is.
                    pos++;
                    break;
            }
            if (level == 0)
            {
                break;
            }
        }
        if (pos > text.Length)
        {
            return Failed(text, hasBom, start, FrontMatterFormat.Json, "unexpected EOF parsing JSON front matter", LineOf(text, open), newLine);
        }

        var contentEnd = pos;
        var blockEnd = ConsumeLineBreak(text, pos);
        if (inHtmlComment)
        {
            blockEnd = AfterHtmlCommentEnd(text, blockEnd);
            if (blockEnd < 0)
            {
                return Failed(text, hasBom, start, FrontMatterFormat.Json, "starting HTML comment with no end", LineOf(text, open), newLine);
            }
        }
        return new FrontMatterSplit(
            FrontMatterFormat.Json,
            hasBom,
            text[start..blockEnd],
            text[open..contentEnd],
            LineOf(text, open),
            text[blockEnd..],
            newLine,
            null,
            null);
    }

    private static FrontMatterSplit NoFrontMatter(string text, bool hasBom, int start, string newLine) =>
        new(null, hasBom, "", "", 0, text[start..], newLine, null, null);

    private static FrontMatterSplit Failed(string text, bool hasBom, int start, FrontMatterFormat format, string error, int line, string newLine) =>
        new(format, hasBom, text[start..], "", line, "", newLine, error, line);

    /// <summary>Hugo's <c>consumeCRLF</c>: an optional CR, then an optional LF.</summary>
    private static int ConsumeLineBreak(string text, int pos)
    {
        if (pos < text.Length && text[pos] == '\r')
        {
            pos++;
        }
        if (pos < text.Length && text[pos] == '\n')
        {
            pos++;
        }
        return pos;
    }

    /// <summary>Position after the end of the line containing <paramref name="pos"/> (after its line break).</summary>
    private static int AfterLine(string text, int pos)
    {
        while (pos < text.Length)
        {
            var c = text[pos++];
            if (c is '\r' or '\n')
            {
                break;
            }
        }
        return pos;
    }

    /// <summary>Hugo skips everything through the <c>--&gt;</c> that closes commented-out front matter; -1 when absent.</summary>
    private static int AfterHtmlCommentEnd(string text, int pos)
    {
        var end = text.IndexOf("-->", pos, StringComparison.Ordinal);
        return end < 0 ? -1 : end + 3;
    }

    private static int LineOf(string text, int pos)
    {
        var line = 1;
        for (var i = 0; i < pos && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }
        return line;
    }

    /// <summary>The file's line-break convention, from its first line break ("\n" when it has none).</summary>
    private static string DetectNewLine(string text)
    {
        var i = text.AsSpan().IndexOfAny('\r', '\n');
        if (i < 0)
        {
            return "\n";
        }
        if (text[i] == '\n')
        {
            return "\n";
        }
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }
}
