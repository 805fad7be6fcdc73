using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Locates code, raw HTML and link destinations in a Markdown body (front matter already split off) with
/// Markdig's normal parser and precise source locations. It never renders: callers splice the original string,
/// so everything they do not touch stays byte-for-byte. The extensions are the ones of Hugo's Goldmark that change
/// what counts as code or a link (pipe tables, footnotes, definition lists); attribute extensions are left out
/// because they swallow <c>{</c> characters that belong to shortcodes.
/// </summary>
public static class BodyScanner
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseDefinitionLists()
        .Build();

    // src/href/poster attributes of raw HTML; the value group excludes the quotes.
    private static readonly Regex HtmlUrlAttribute = new(
        """(?<=[\s"'])(?:src|href|poster)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'=<>`]+))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static BodyScan Scan(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var code = new List<CodeRegion>();
        var html = new List<SourceRange>();
        var links = new List<BodyLink>();
        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(body, Pipeline);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Markdig guards its own depth; if it still fails, treat the whole body as text (no code, no links).
            return new BodyScan(code, html, links);
        }

        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case FencedCodeBlock fenced:
                    Add(code, CodeRegionKind.FencedCode, fenced.Span, body);
                    break;
                case CodeBlock block when block is not FencedCodeBlock:
                    Add(code, CodeRegionKind.IndentedCode, block.Span, body);
                    break;
                case CodeInline inline:
                    Add(code, CodeRegionKind.InlineCode, inline.Span, body);
                    break;
                case HtmlBlock htmlBlock:
                    AddHtml(html, links, htmlBlock.Span, body);
                    break;
                case HtmlInline htmlInline:
                    AddHtml(html, links, htmlInline.Span, body);
                    break;
                case LinkInline link when !link.IsAutoLink:
                    AddDestination(links, link.IsImage ? BodyLinkKind.MarkdownImage : BodyLinkKind.MarkdownLink, link.UrlSpan, body);
                    break;
                case LinkReferenceDefinition definition:
                    AddDestination(links, BodyLinkKind.ReferenceDefinition, definition.UrlSpan, body);
                    break;
            }
        }

        code.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        html.Sort((a, b) => a.Start.CompareTo(b.Start));
        links.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return new BodyScan(code, html, links);
    }

    private static SourceRange? ToRange(Markdig.Syntax.SourceSpan span, string body)
    {
        // Markdig's End is inclusive; clamp against the text in case of a bad span.
        if (span.IsEmpty || span.Start < 0 || span.End < span.Start || span.Start >= body.Length)
        {
            return null;
        }
        var end = Math.Min(span.End + 1, body.Length);
        return SourceRange.FromBounds(span.Start, end);
    }

    private static void Add(List<CodeRegion> code, CodeRegionKind kind, Markdig.Syntax.SourceSpan span, string body)
    {
        if (ToRange(span, body) is { } range)
        {
            code.Add(new CodeRegion(kind, range));
        }
    }

    private static void AddHtml(List<SourceRange> html, List<BodyLink> links, Markdig.Syntax.SourceSpan span, string body)
    {
        if (ToRange(span, body) is not { } range)
        {
            return;
        }
        html.Add(range);
        var text = body.Substring(range.Start, range.Length);
        foreach (Match m in HtmlUrlAttribute.Matches(text))
        {
            var v = m.Groups["v"];
            links.Add(new BodyLink(BodyLinkKind.HtmlAttribute, new SourceRange(range.Start + v.Index, v.Length), v.Value));
        }
    }

    private static void AddDestination(List<BodyLink> links, BodyLinkKind kind, Markdig.Syntax.SourceSpan span, string body)
    {
        if (ToRange(span, body) is not { } range)
        {
            return;
        }
        var text = body.Substring(range.Start, range.Length);
        if (text.Length >= 2 && text[0] == '<' && text[^1] == '>')
        {
            range = new SourceRange(range.Start + 1, range.Length - 2);
            text = text[1..^1];
        }
        if (text.Length > 0)
        {
            links.Add(new BodyLink(kind, range, text));
        }
    }
}
