using System.Text;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Escapes source-derived text placed inside generated markup. Braces always become character references, so no
/// value taken from the source can form Liquid (<c>{{</c>, <c>{%</c>) or Zola (<c>{{ name(</c>) syntax in output
/// that is not wrapped or escaped as a whole.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text or a double-quoted attribute value in HTML.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '{' => "&#123;",
                '}' => "&#125;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>Text content where markup written by the author may stay (a caption): only braces are escaped.</summary>
    public static string Content(string value) =>
        value.Replace("{", "&#123;", StringComparison.Ordinal).Replace("}", "&#125;", StringComparison.Ordinal);

    /// <summary>Text inside Markdown brackets (link text, image alt).</summary>
    public static string MarkdownBracketText(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '[' => "\\[",
                ']' => "\\]",
                '\\' => "\\\\",
                '{' => "&#123;",
                '}' => "&#125;",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A URL inside a Markdown destination or an HTML attribute: no spaces, quotes, brackets or braces.</summary>
    public static string Url(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                ' ' => "%20",
                '"' => "%22",
                '<' => "%3C",
                '>' => "%3E",
                '(' => "%28",
                ')' => "%29",
                '{' => "%7B",
                '}' => "%7D",
                '&' => "&amp;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A double-quoted Liquid include argument (Jekyll's include syntax allows backslash escapes).</summary>
    public static string LiquidString(string value) =>
        "\"" + Escape(value).Replace("\\", "&#92;", StringComparison.Ordinal).Replace("%", "&#37;", StringComparison.Ordinal) + "\"";
}
