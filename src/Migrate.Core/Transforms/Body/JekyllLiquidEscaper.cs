using System.Text;
using System.Text.RegularExpressions;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Makes source text inert for Liquid, which Jekyll runs over the whole page (code included) before Markdown.
/// Every line part from the first <c>{{</c> or <c>{%</c> to the end of the line goes inside
/// <c>{% raw %}…{% endraw %}</c>; an <c>endraw</c> tag written in the source (which would end the raw block early
/// and let a payload such as <c>{% include /etc/passwd %}</c> run) is emitted as <c>{{ "{%" }}</c> between two raw
/// blocks. Liquid removes the wrappers, so kramdown sees the source text unchanged.
/// </summary>
public static class JekyllLiquidEscaper
{
    private const string RawOpen = "{% raw %}";
    private const string RawClose = "{% endraw %}";
    private static readonly Regex EndRawAhead = new(@"\G\{%-?\s*endraw", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>True when Liquid would see a tag or output start in <paramref name="text"/>.</summary>
    public static bool NeedsEscaping(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    /// <summary>
    /// Escapes one piece of source text. A trailing <c>{</c> is wrapped too, because the next piece of output may
    /// start with <c>{</c> or <c>%</c>.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text) && !text.EndsWith('{'))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 32);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl + 1;
            var contentEnd = lineEnd;
            if (nl >= 0)
            {
                contentEnd = nl > lineStart && text[nl - 1] == '\r' ? nl - 1 : nl;
            }
            var first = FirstLiquidStart(text, lineStart, contentEnd);
            if (first < 0 && nl < 0 && contentEnd > lineStart && text[contentEnd - 1] == '{')
            {
                first = contentEnd - 1;
            }
            if (first < 0)
            {
                sb.Append(text, lineStart, lineEnd - lineStart);
            }
            else
            {
                sb.Append(text, lineStart, first - lineStart);
                sb.Append(Wrap(text.Substring(first, contentEnd - first)));
                sb.Append(text, contentEnd, lineEnd - contentEnd);
            }
            lineStart = lineEnd;
        }
        return sb.ToString();
    }

    /// <summary>Wraps <paramref name="literal"/> in one raw block (split around any source <c>endraw</c>).</summary>
    public static string Wrap(string literal)
    {
        var sb = new StringBuilder(literal.Length + 24);
        sb.Append(RawOpen);
        var i = 0;
        while (i < literal.Length)
        {
            var next = literal.IndexOf("{%", i, StringComparison.Ordinal);
            if (next < 0)
            {
                sb.Append(literal, i, literal.Length - i);
                break;
            }
            if (EndRawAhead.IsMatch(literal, next))
            {
                sb.Append(literal, i, next - i);
                sb.Append(RawClose).Append("{{ \"{%\" }}").Append(RawOpen);
                i = next + 2;
            }
            else
            {
                sb.Append(literal, i, next + 2 - i);
                i = next + 2;
            }
        }
        sb.Append(RawClose);
        return sb.ToString();
    }

    private static int FirstLiquidStart(string text, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (text[i] == '{' && (text[i + 1] == '{' || text[i + 1] == '%'))
            {
                return i;
            }
        }
        return -1;
    }
}
