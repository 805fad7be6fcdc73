namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Recognises Zola's shortcode tokens (<c>components/markdown/src/content.pest</c>, as ported by
/// <c>shared/oracles/zola-check.py</c>): <c>{{ name(k=v, …) }}</c>, <c>{% name(…) %}</c>, <c>{% end %}</c> and
/// their escaped forms. Each method returns the offset after the token, or -1.
/// </summary>
internal sealed class ZolaSyntax
{
    private readonly string _s;

    public ZolaSyntax(string s) => _s = s;

    public int Inline(int i) => Wrapped(i, "{{", "}}");

    public int IgnoredInline(int i) => Wrapped(i, "{{/*", "*/}}");

    public int BodyStart(int i) => Wrapped(i, "{%", "%}");

    public int IgnoredBodyStart(int i) => Wrapped(i, "{%/*", "*/%}");

    public int BodyEnd(int i) => End(i, "{%", "%}");

    public int IgnoredBodyEnd(int i) => End(i, "{%/*", "*/%}");

    public int Skip(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }
        return i;
    }

    private int Lit(int i, string t) =>
        i >= 0 && i <= _s.Length - t.Length && string.CompareOrdinal(_s, i, t, 0, t.Length) == 0 ? i + t.Length : -1;

    private static bool IsIdStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsIdCont(char c) => IsIdStart(c) || c is >= '0' and <= '9';

    private int Ident(int i)
    {
        if (i < 0 || i >= _s.Length || !IsIdStart(_s[i]))
        {
            return -1;
        }
        var j = i + 1;
        while (j < _s.Length && IsIdCont(_s[j]))
        {
            j++;
        }
        return j;
    }

    private int Literal(int i, int depth)
    {
        if (i < 0 || i >= _s.Length || depth > 32)
        {
            return -1;
        }
        if (Lit(i, "true") >= 0)
        {
            return i + 4;
        }
        if (Lit(i, "false") >= 0)
        {
            return i + 5;
        }
        var c = _s[i];
        if (c is '"' or '\'' or '`')
        {
            var j = _s.IndexOf(c, i + 1);
            return j >= 0 ? j + 1 : -1;
        }
        var n = Number(i);
        return n >= 0 ? n : Array(i, depth + 1);
    }

    // FLOAT: -?(0\.[0-9]+|[1-9][0-9]*\.[0-9]+), INT: -?(0|[1-9][0-9]*)
    private int Number(int i)
    {
        var j = i;
        if (j < _s.Length && _s[j] == '-')
        {
            j++;
        }
        if (j >= _s.Length || !char.IsAsciiDigit(_s[j]))
        {
            return -1;
        }
        int intEnd;
        if (_s[j] == '0')
        {
            intEnd = j + 1;
        }
        else
        {
            intEnd = j;
            while (intEnd < _s.Length && char.IsAsciiDigit(_s[intEnd]))
            {
                intEnd++;
            }
        }
        if (intEnd < _s.Length - 1 && _s[intEnd] == '.' && char.IsAsciiDigit(_s[intEnd + 1]))
        {
            var f = intEnd + 1;
            while (f < _s.Length && char.IsAsciiDigit(_s[f]))
            {
                f++;
            }
            return f;
        }
        return intEnd;
    }

    private int Array(int i, int depth)
    {
        var j = Lit(i, "[");
        if (j < 0)
        {
            return -1;
        }
        var pos = Skip(j);
        var first = true;
        while (true)
        {
            var k = first ? pos : Skip(pos);
            var a = Literal(k, depth);
            if (a < 0)
            {
                break;
            }
            var b = Lit(Skip(a), ",");
            if (b < 0)
            {
                break;
            }
            pos = b;
            first = false;
        }
        var k2 = Skip(pos);
        var a2 = Literal(k2, depth);
        pos = a2 >= 0 ? a2 : k2;
        return Lit(Skip(pos), "]");
    }

    private int Kwarg(int i)
    {
        var j = Ident(i);
        if (j < 0)
        {
            return -1;
        }
        j = Lit(Skip(j), "=");
        return j < 0 ? -1 : Literal(Skip(j), 0);
    }

    private int Kwargs(int i)
    {
        var j = Kwarg(i);
        if (j < 0)
        {
            return -1;
        }
        while (true)
        {
            var k = Lit(Skip(j), ",");
            if (k < 0)
            {
                return j;
            }
            k = Kwarg(Skip(k));
            if (k < 0)
            {
                return j;
            }
            j = k;
        }
    }

    private int Definition(int i)
    {
        var j = Ident(i);
        if (j < 0)
        {
            return -1;
        }
        var k = Lit(Skip(j), "(");
        if (k < 0)
        {
            return -1;
        }
        var pos = Skip(k);
        var a = Kwargs(pos);
        while (a >= 0)
        {
            pos = a;
            a = Kwargs(Skip(pos));
        }
        return Lit(Skip(pos), ")");
    }

    private int Wrapped(int i, string open, string close)
    {
        var j = Lit(i, open);
        if (j < 0)
        {
            return -1;
        }
        var k = Definition(Skip(j));
        return k < 0 ? -1 : Lit(Skip(k), close);
    }

    private int End(int i, string open, string close)
    {
        var j = Lit(i, open);
        if (j < 0)
        {
            return -1;
        }
        j = Lit(Skip(j), "end");
        return j < 0 ? -1 : Lit(Skip(j), close);
    }
}
