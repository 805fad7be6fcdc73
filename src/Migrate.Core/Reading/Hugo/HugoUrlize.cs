using System.Globalization;
using System.Text;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Hugo's <c>urlize</c> (used by the theme to match author entries to profile folders) (owner: helper "site").
/// A port of Hugo 0.111's <c>PathSpec.URLize</c> with default settings (<c>disablePathToLower = false</c>,
/// <c>removePathAccents = false</c>): <c>paths.Sanitize</c>, then <c>strings.ToLower</c>, then a round trip
/// through Go's <c>net/url</c> (<c>url.Parse(s).String()</c>), which percent-encodes non-ASCII and cuts at '#'.
/// Verified against Hugo 0.111.3 (see the tests).
/// </summary>
public static class HugoUrlize
{
    public static string Urlize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sanitized = Sanitize(text);
        var lowered = ToLowerPerRune(sanitized);
        return GoUrlRoundTrip(lowered);
    }

    /// <summary>Hugo's <c>PathSpec.MakePathSanitized</c> with default settings: <see cref="Sanitize"/> then Go's lower-casing (page paths and URLs).</summary>
    internal static string MakePathSanitized(string s) => ToLowerPerRune(Sanitize(s));

    /// <summary>Hugo's <c>paths.Sanitize</c>: keep letters, digits, marks and <c>./\_#+~-@</c> (and valid <c>%XX</c>); a run of white space between kept characters becomes one '-'.</summary>
    internal static string Sanitize(string s)
    {
        var target = new StringBuilder(s.Length);
        var prependHyphen = false;
        var wasHyphen = false;
        var i = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (IsAllowedPathCharacter(s, i, r))
            {
                // An explicit hyphen in the input suppresses the one a preceding space would add.
                wasHyphen = r.Value == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen)
                    {
                        target.Append('-');
                    }
                    prependHyphen = false;
                }
                target.Append(r.ToString());
            }
            else if (target.Length > 0 && !wasHyphen && IsGoSpace(r))
            {
                prependHyphen = true;
            }
            i += r.Utf16SequenceLength;
        }
        return target.ToString();
    }

    private static bool IsAllowedPathCharacter(string s, int i, Rune r)
    {
        if (r.Value == ' ')
        {
            return false;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            // Go's unicode.IsLetter (L*), unicode.IsDigit (Nd), unicode.IsMark (M*).
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return true;
        }
        return r.Value switch
        {
            '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@' => true,
            // Go indexes bytes, but the two following bytes being hex digits means they are ASCII, so chars agree.
            '%' => i + 2 < s.Length && IsHex(s[i + 1]) && IsHex(s[i + 2]),
            _ => false,
        };
    }

    /// <summary>Go's <c>unicode.IsSpace</c> (Latin-1 spaces plus the White_Space property), which matches .NET's.</summary>
    private static bool IsGoSpace(Rune r) => Rune.IsWhiteSpace(r);

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Go's <c>strings.ToLower</c>: simple per-rune lower-casing (so 'Σ' → 'σ' everywhere, 'İ' → 'i').</summary>
    private static string ToLowerPerRune(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            // Unicode's simple mapping of U+0130 is U+0069; .NET's invariant casing leaves it unchanged.
            var lower = r.Value == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(r);
            sb.Append(lower.ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>url.Parse(s).String()</c> for what Sanitize can produce (no scheme, no '?', no ':'): split at the first
    /// '#', keep the path's own escapes when they are valid, else percent-encode it; same for the fragment.
    /// </summary>
    private static string GoUrlRoundTrip(string s)
    {
        var hash = s.IndexOf('#');
        var rest = hash < 0 ? s : s[..hash];
        var fragment = hash < 0 ? null : s[(hash + 1)..];
        var sb = new StringBuilder(s.Length + 16);
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            // An authority: Go escapes the host with its host rules. Urlize never meets this for a name.
            var slash = rest.IndexOf('/', 2);
            var host = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "" : rest[slash..];
            sb.Append("//").Append(Escape(Unescape(host), GoEncoding.Host));
        }
        sb.Append(Escaped(rest, GoEncoding.Path));
        if (!string.IsNullOrEmpty(fragment))
        {
            var decoded = Unescape(fragment);
            if (decoded.Length > 0)
            {
                sb.Append('#').Append(Escaped(fragment, GoEncoding.Fragment));
            }
        }
        return sb.ToString();
    }

    /// <summary>Go's <c>EscapedPath</c>/<c>EscapedFragment</c>: the raw form if it is validly encoded and decodes to the same value.</summary>
    private static string Escaped(string raw, GoEncoding mode)
    {
        var decoded = Unescape(raw);
        var defaultForm = Escape(decoded, mode);
        if (raw == defaultForm)
        {
            return raw;
        }
        return ValidEncoded(raw, mode) ? raw : defaultForm;
    }

    private static bool ValidEncoded(string s, GoEncoding mode)
    {
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            switch ((char)b)
            {
                case '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@':
                case '[' or ']':
                case '%':
                    continue;
            }
            if (ShouldEscape(b, mode))
            {
                return false;
            }
        }
        return true;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('%'))
        {
            return s;
        }
        var bytes = Encoding.UTF8.GetBytes(s);
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex((char)bytes[i + 1]) && IsHex((char)bytes[i + 2]))
            {
                output.Add((byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2])));
                i += 2;
            }
            else
            {
                output.Add(bytes[i]);
            }
        }
        // Invalid UTF-8 after decoding would be kept as bytes by Go; the replacement char is the closest .NET string.
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    private static string Escape(string s, GoEncoding mode)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if (ShouldEscape(b, mode))
            {
                sb.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }
            else
            {
                sb.Append((char)b);
            }
        }
        return sb.ToString();
    }

    /// <summary>Go's <c>net/url.shouldEscape</c> for the three modes a urlized string can reach.</summary>
    private static bool ShouldEscape(byte c, GoEncoding mode)
    {
        if (c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9')
        {
            return false;
        }
        if (mode == GoEncoding.Host && (char)c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '[' or ']' or '<' or '>' or '"')
        {
            return false;
        }
        switch ((char)c)
        {
            case '-' or '_' or '.' or '~':
                return false;
            case '$' or '&' or '+' or ',' or '/' or ':' or ';' or '=' or '?' or '@':
                return mode switch
                {
                    GoEncoding.Path => c == '?',
                    GoEncoding.Fragment => false,
                    _ => true,
                };
        }
        if (mode == GoEncoding.Fragment && (char)c is '!' or '(' or ')' or '*')
        {
            return false;
        }
        return true;
    }

    private enum GoEncoding
    {
        Path,
        Host,
        Fragment,
    }
}
