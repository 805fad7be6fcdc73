using System.Text;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// Makes generated text safe inside a braced BibTeX field. Prose (titles, names, venues, the abstract) gets LaTeX's
/// ten special characters escaped, which jekyll-scholar's <c>latex</c> filter turns back into the characters on the
/// page. Links are not prose: al-folio prints <c>pdf</c>, <c>code</c>, ... as written (its own sample writes
/// <c>pdf={example_pdf.pdf}</c>), so a URL only has the characters that would unbalance the field percent-encoded.
/// </summary>
internal static class LaTeXText
{
    public static string Escape(string text)
    {
        // BibTeX counts every brace, escaped or not, so \{ and \} are only safe in pairs; a lone one is spelled out.
        var paired = BracesBalanced(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '{' => paired ? @"\{" : @"\textbraceleft{}",
                '}' => paired ? @"\}" : @"\textbraceright{}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\\' => @"\textbackslash{}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A URL or bare file name with <c>{ } \</c> percent-encoded and line breaks removed.</summary>
    public static string Url(string url) =>
        url.Trim().Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
            .Replace("\\", "%5C", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    /// <summary>True when every <c>}</c> closes an earlier <c>{</c> and none is left open (backslash-escaped braces count too, as in BibTeX).</summary>
    public static bool BracesBalanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth < 0)
            {
                return false;
            }
        }
        return depth == 0;
    }
}
