using System.Text;
using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Makes a Markdown body safe for Zola without changing what it shows (targets doc §5): Zola scans the whole body,
/// code blocks included, for <c>{{ name(…) }}</c>, <c>{% name(…) %}</c> and <c>{% end %}</c>, and a match is a
/// shortcode call (an unknown name or an unbalanced body fails the build). Each such well-formed call in the
/// source is rewritten to Zola's escaped form (<c>{{/* name(…) */}}</c>, <c>{%/* … */%}</c>), which Zola prints as
/// the original text. Everything else stays byte for byte. Hugo shortcodes (<c>{{&lt; … &gt;}}</c>,
/// <c>{{% … %}}</c>) are plain text to Zola; until the body conversion translates them, each opening one is
/// reported (<see cref="DiagnosticCodes.ShortcodeNotConverted"/>) with its file and line.
/// </summary>
internal static partial class ZolaBodyEscaper
{
    [GeneratedRegex(@"\{\{([<%])\s*(/?)\s*([A-Za-z0-9_./-]+)")]
    private static partial Regex HugoShortcodePattern();

    public static string Escape(string body, string? path, int firstBodyLine, DiagnosticBag diagnostics)
    {
        foreach (Match m in HugoShortcodePattern().Matches(body))
        {
            if (m.Groups[2].Value == "/")
            {
                continue;
            }
            diagnostics.Warning(DiagnosticCodes.ShortcodeNotConverted, path, firstBodyLine + LineOf(body, m.Index),
                $"Hugo shortcode '{m.Groups[3].Value}' left as text (Zola shows it literally; convert it by hand)");
        }
        if (!body.Contains("{{", StringComparison.Ordinal) && !body.Contains("{%", StringComparison.Ordinal))
        {
            return body;
        }

        var sb = new StringBuilder(body.Length + 16);
        var pos = 0;
        var opened = 0;
        var ends = 0;
        for (var i = 0; i < body.Length - 1; i++)
        {
            if (body[i] != '{' || (body[i + 1] != '{' && body[i + 1] != '%'))
            {
                continue;
            }
            var close = body[i + 1] == '{' ? "}}" : "%}";
            var j = i + 2;
            if (j < body.Length && body[j] == '/' && j + 1 < body.Length && body[j + 1] == '*')
            {
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, firstBodyLine + LineOf(body, i),
                    "the text already holds Zola's escaped shortcode form; Zola will print it without the /* */ markers");
                continue;
            }
            var inner = new ShortcodeScanner(body).Call(j, close == "%}");
            if (inner < 0)
            {
                continue;
            }
            var end = ShortcodeScanner.SkipSpace(body, inner);
            if (string.CompareOrdinal(body, end, close, 0, 2) != 0)
            {
                continue;
            }
            if (close == "%}")
            {
                if (ShortcodeScanner.IsEnd(body, j))
                {
                    ends++;
                }
                else
                {
                    opened++;
                }
            }
            sb.Append(body, pos, j - pos).Append("/*");
            sb.Append(body, j, end - j).Append("*/");
            pos = end;
            i = end + 1;
        }
        sb.Append(body, pos, body.Length - pos);
        if (opened != ends)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, firstBodyLine,
                $"the text holds {opened} '{{% name(...) %}}' and {ends} '{{% end %}}'; escaped, but Zola needs them paired");
        }
        return sb.ToString();
    }

    private static int LineOf(string text, int index)
    {
        var line = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
