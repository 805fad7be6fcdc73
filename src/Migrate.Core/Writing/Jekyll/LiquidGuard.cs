using System.Text;
using System.Text.RegularExpressions;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Makes source text inert for Liquid, which Jekyll runs on a whole document (code blocks included) as soon as it
/// contains <c>{{</c> or <c>{%</c>. Every paragraph (text between <c>"\n\n"</c>, Jekyll's default excerpt
/// separator, so an excerpt never cuts a raw block open) that holds either marker is wrapped in
/// <c>{% raw %}…{% endraw %}</c>. A source <c>{% endraw %}</c> (any spacing or <c>-</c>) would close the block
/// early and let what follows run, so its <c>{%</c> is printed by a Liquid string outside the block instead:
/// <c>{% endraw %}{{ "{%" }}{% raw %}</c>. <c>render_with_liquid: false</c> is not used: GitHub Pages' Jekyll 3.10
/// ignores it. Rendered output equals the input text (checked with Jekyll 4.3 / Liquid 5.4).
/// </summary>
public static partial class LiquidGuard
{
    private const string Open = "{% raw %}";
    private const string Close = "{% endraw %}";

    [GeneratedRegex(@"\{%(?=-?\s*endraw)")]
    private static partial Regex EndRawStart();

    public static bool HasLiquid(string text) => text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    public static string Protect(string text)
    {
        if (!HasLiquid(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 64);
        var start = 0;
        while (start < text.Length)
        {
            var cut = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = cut < 0 ? text.Length : cut;
            AppendParagraph(sb, text[start..end]);
            if (cut < 0)
            {
                break;
            }
            // Keep every newline of a run of blank lines outside the raw blocks.
            var next = cut;
            while (next < text.Length && text[next] == '\n')
            {
                next++;
            }
            sb.Append(text, cut, next - cut);
            start = next;
        }
        return sb.ToString();
    }

    private static void AppendParagraph(StringBuilder sb, string paragraph)
    {
        if (!HasLiquid(paragraph))
        {
            sb.Append(paragraph);
            return;
        }
        var inner = EndRawStart().Replace(paragraph, Close + "{{ \"{%\" }}" + Open);
        sb.Append(Open).Append(inner).Append(Close);
    }
}
