using System.Text;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Hugo's <c>PathSpec.MakePathSanitized</c> (Hugo 0.111): keeps letters, digits, marks and <c>. / \ _ # + ~ - @</c>
/// (and <c>%</c> before two hex digits), turns a run of spaces into one hyphen (none after a hyphen, none at the
/// start), drops everything else, then lower-cases. <see cref="EscapeNonAscii"/> gives the form
/// <c>.RelPermalink</c> prints. Checked with the oracle: <c>CHAMPIonS: Conversational Human-AI x</c> →
/// <c>champions-conversational-human-ai-x</c>, <c>20230502-APJRS /</c> → <c>20230502-apjrs-/</c>,
/// <c>a  b--c__d.e</c> → <c>a-b--c__d.e</c>, <c>Über</c> → <c>%C3%BCber</c>.
/// </summary>
internal static class HugoPathSanitizer
{
    public static string Sanitize(string s, bool lower = true)
    {
        var runes = s.EnumerateRunes().ToArray();
        var sb = new StringBuilder(s.Length);
        var prependHyphen = false;
        var wasHyphen = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var r = runes[i];
            var c = r.Value;
            var allowed = c is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@'
                          || Rune.IsLetter(r) || Rune.IsDigit(r) || IsMark(r)
                          || (c == '%' && i + 2 < runes.Length && IsHex(runes[i + 1]) && IsHex(runes[i + 2]));
            if (allowed)
            {
                wasHyphen = c == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen)
                    {
                        sb.Append('-');
                    }
                    prependHyphen = false;
                }
                sb.Append(r.ToString());
            }
            else if (sb.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(r))
            {
                prependHyphen = true;
            }
        }
        var result = sb.ToString();
        return lower ? result.ToLowerInvariant() : result;
    }

    /// <summary>Percent-encodes what a URL path cannot hold literally (non-ASCII bytes, spaces, controls); the rest is kept.</summary>
    public static string EscapeNonAscii(string s)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var r in s.EnumerateRunes())
        {
            if (r.Value > 0x20 && r.Value < 0x7F && r.Value != '"' && r.Value != '<' && r.Value != '>')
            {
                sb.Append((char)r.Value);
                continue;
            }
            var n = r.EncodeToUtf8(buffer);
            for (var i = 0; i < n; i++)
            {
                sb.Append('%').Append(buffer[i].ToString("X2"));
            }
        }
        return sb.ToString();
    }

    private static bool IsHex(Rune r) => r.Value is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsMark(Rune r) => Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
