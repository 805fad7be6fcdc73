namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Recognises the inside of a Zola shortcode call exactly as <c>content.pest</c> defines it: optional spaces, an
/// identifier, <c>(</c>, keyword arguments (<c>ident = literal</c>, separated by commas or spaces, no trailing
/// comma), <c>)</c>; literals are <c>true</c>/<c>false</c>, strings in <c>"</c>, <c>'</c> or backticks (no escapes),
/// integers, floats with digits on both sides of the dot, and arrays of literals. Also the bare <c>end</c> of a
/// body. Returns the index after the call, or -1.
/// </summary>
internal sealed class ShortcodeScanner
{
    private readonly string _s;

    public ShortcodeScanner(string s) => _s = s;

    public static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    public static bool IsEnd(string s, int i)
    {
        i = SkipSpace(s, i);
        if (string.CompareOrdinal(s, i, "end", 0, 3) != 0)
        {
            return false;
        }
        i = SkipSpace(s, i + 3);
        return string.CompareOrdinal(s, i, "%}", 0, 2) == 0;
    }

    /// <summary>The end of <c>ident(kwargs)</c> (or of <c>end</c> when <paramref name="allowEnd"/>) starting at <paramref name="i"/>.</summary>
    public int Call(int i, bool allowEnd)
    {
        i = SkipSpace(_s, i);
        if (allowEnd && IsEnd(_s, i))
        {
            return i + 3;
        }
        var j = Ident(i);
        if (j < 0)
        {
            return -1;
        }
        j = SkipSpace(_s, j);
        if (j >= _s.Length || _s[j] != '(')
        {
            return -1;
        }
        j = SkipSpace(_s, j + 1);
        if (j < _s.Length && _s[j] == ')')
        {
            return j + 1;
        }
        while (true)
        {
            j = Kwarg(j);
            if (j < 0)
            {
                return -1;
            }
            j = SkipSpace(_s, j);
            if (j < _s.Length && _s[j] == ')')
            {
                return j + 1;
            }
            if (j < _s.Length && _s[j] == ',')
            {
                j = SkipSpace(_s, j + 1);
            }
        }
    }

    private int Ident(int i)
    {
        if (i >= _s.Length || !(char.IsAsciiLetter(_s[i]) || _s[i] == '_'))
        {
            return -1;
        }
        i++;
        while (i < _s.Length && (char.IsAsciiLetterOrDigit(_s[i]) || _s[i] == '_'))
        {
            i++;
        }
        return i;
    }

    private int Kwarg(int i)
    {
        var j = Ident(i);
        if (j < 0)
        {
            return -1;
        }
        j = SkipSpace(_s, j);
        if (j >= _s.Length || _s[j] != '=')
        {
            return -1;
        }
        return Literal(SkipSpace(_s, j + 1));
    }

    private int Literal(int i)
    {
        if (i >= _s.Length)
        {
            return -1;
        }
        var c = _s[i];
        if (c is '"' or '\'' or '`')
        {
            var close = _s.IndexOf(c, i + 1);
            return close < 0 ? -1 : close + 1;
        }
        if (c == '[')
        {
            var j = SkipSpace(_s, i + 1);
            if (j < _s.Length && _s[j] == ']')
            {
                return j + 1;
            }
            while (true)
            {
                j = Literal(j);
                if (j < 0)
                {
                    return -1;
                }
                j = SkipSpace(_s, j);
                if (j < _s.Length && _s[j] == ']')
                {
                    return j + 1;
                }
                if (j >= _s.Length || _s[j] != ',')
                {
                    return -1;
                }
                j = SkipSpace(_s, j + 1);
            }
        }
        foreach (var word in new[] { "true", "false" })
        {
            if (string.CompareOrdinal(_s, i, word, 0, word.Length) == 0)
            {
                return i + word.Length;
            }
        }
        var k = i;
        if (k < _s.Length && _s[k] == '-')
        {
            k++;
        }
        var digits = k;
        while (k < _s.Length && char.IsAsciiDigit(_s[k]))
        {
            k++;
        }
        if (k == digits)
        {
            return -1;
        }
        if (k + 1 < _s.Length && _s[k] == '.' && char.IsAsciiDigit(_s[k + 1]))
        {
            k++;
            while (k < _s.Length && char.IsAsciiDigit(_s[k]))
            {
                k++;
            }
        }
        return k;
    }
}
