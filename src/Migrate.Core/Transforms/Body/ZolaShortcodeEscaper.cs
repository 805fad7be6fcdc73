using System.Text;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Makes source text inert for Zola, which scans the whole Markdown (code included) for its own shortcodes and
/// fails the build on an unknown name, an unclosed or empty body, or a stray <c>{% end %}</c>. A well-formed
/// <c>{{ name(…) }}</c> becomes <c>{{/* name(…) */}}</c> and a well-formed, non-empty
/// <c>{% name(…) %}…{% end %}</c> pair gets <c>{%/* … */%}</c> on both tags: Zola prints exactly the original.
/// Tokens that have no escaped form (a lone body start or end, an empty body, text that already looks escaped)
/// get a backslash after the first brace (<c>{\%</c>): Markdown prints the original, code shows the backslash,
/// and <see cref="Neutralised"/> counts them so the caller can warn.
/// </summary>
public sealed class ZolaShortcodeEscaper
{
    public int Escaped { get; private set; }

    /// <summary>Offsets (in the text given to <see cref="Escape"/>) of tokens that had to be broken with a backslash.</summary>
    public List<int> Neutralised { get; } = new();

    public static bool MayContainSyntax(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    public string Escape(string text)
    {
        if (!MayContainSyntax(text))
        {
            return text;
        }
        var syntax = new ZolaSyntax(text);
        // Insertions by offset: text inserted before the character at that offset.
        var inserts = new SortedDictionary<int, string>();
        void Insert(int at, string s) => inserts[at] = inserts.TryGetValue(at, out var had) ? had + s : s;

        var starts = new List<(int Start, int End)>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != '{' || (text[i + 1] != '{' && text[i + 1] != '%'))
            {
                continue;
            }
            int e;
            if ((e = syntax.IgnoredInline(i)) >= 0 || (e = syntax.IgnoredBodyStart(i)) >= 0 || (e = syntax.IgnoredBodyEnd(i)) >= 0)
            {
                Break(i);
                i = e - 1;
            }
            else if ((e = syntax.Inline(i)) >= 0)
            {
                Insert(i + 2, "/*");
                Insert(e - 2, "*/");
                Escaped++;
                i = e - 1;
            }
            else if ((e = syntax.BodyEnd(i)) >= 0)
            {
                if (starts.Count > 0 && syntax.Skip(starts[^1].End) < i)
                {
                    var (s, se) = starts[^1];
                    starts.RemoveAt(starts.Count - 1);
                    Insert(s + 2, "/*");
                    Insert(se - 2, "*/");
                    Insert(i + 2, "/*");
                    Insert(e - 2, "*/");
                    Escaped += 2;
                }
                else
                {
                    if (starts.Count > 0)
                    {
                        // An empty body: Zola rejects it escaped or not.
                        Break(starts[^1].Start);
                        starts.RemoveAt(starts.Count - 1);
                    }
                    Break(i);
                }
                i = e - 1;
            }
            else if ((e = syntax.BodyStart(i)) >= 0)
            {
                starts.Add((i, e));
                i = e - 1;
            }
        }
        foreach (var (s, _) in starts)
        {
            Break(s);
        }

        if (inserts.Count == 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + inserts.Count * 2);
        var last = 0;
        foreach (var (at, s) in inserts)
        {
            sb.Append(text, last, at - last).Append(s);
            last = at;
        }
        sb.Append(text, last, text.Length - last);
        return sb.ToString();

        void Break(int at)
        {
            Insert(at + 1, "\\");
            Neutralised.Add(at);
        }
    }
}
