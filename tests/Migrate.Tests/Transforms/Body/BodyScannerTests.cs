using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

public sealed class BodyScannerTests
{
    private static string At(string text, SourceRange r) => text.Substring(r.Start, r.Length);

    [Fact]
    public void FencedIndentedAndInlineCodeAreCodeButHtmlBlocksAreNot()
    {
        var text = "Para `{{< a >}}` x\n\n```go\n{{< b >}}\n```\n\n    {{< c >}}\n\n<div>\n{{< d >}}\n</div>\n\n| h |\n|---|\n| `{{< e >}}` |\n";

        var scan = BodyScanner.Scan(text);

        Assert.True(scan.IsInCode(text.IndexOf("{{< a", StringComparison.Ordinal)));
        Assert.True(scan.IsInCode(text.IndexOf("{{< b", StringComparison.Ordinal)));
        Assert.True(scan.IsInCode(text.IndexOf("{{< c", StringComparison.Ordinal)));
        Assert.False(scan.IsInCode(text.IndexOf("{{< d", StringComparison.Ordinal)));
        Assert.True(scan.IsInHtml(text.IndexOf("{{< d", StringComparison.Ordinal)));
        Assert.True(scan.IsInCode(text.IndexOf("{{< e", StringComparison.Ordinal)));
        Assert.False(scan.IsInCode(0));
        Assert.Equal(
            new[] { CodeRegionKind.InlineCode, CodeRegionKind.FencedCode, CodeRegionKind.IndentedCode, CodeRegionKind.InlineCode },
            scan.Code.Select(c => c.Kind));
        Assert.Equal("```go\n{{< b >}}\n```", At(text, scan.Code[1].Range));
    }

    [Fact]
    public void LinkAndImageDestinationsHaveExactSpans()
    {
        var text = "See [pdf](paper.pdf \"t\") and ![fig](<my fig.png>)\r\n\r\n[ref]: ./data.csv\r\n\r\n<img src=\"a.png\" alt=x> <a href='/publication/x/'>x</a>\r\n";

        var links = BodyScanner.Scan(text).Links;

        Assert.Equal(
            new[] { "paper.pdf", "my fig.png", "data.csv", "a.png", "/publication/x/" }.Select(s => s == "data.csv" ? "./data.csv" : s),
            links.Select(l => l.Destination));
        Assert.All(links, l => Assert.Equal(l.Destination, At(text, l.Range)));
        Assert.Equal(
            new[] { BodyLinkKind.MarkdownLink, BodyLinkKind.MarkdownImage, BodyLinkKind.ReferenceDefinition, BodyLinkKind.HtmlAttribute, BodyLinkKind.HtmlAttribute },
            links.Select(l => l.Kind));
    }

    [Fact]
    public void LinksInsideCodeAreNotReported()
    {
        var links = BodyScanner.Scan("`[x](a.pdf)`\n\n```\n<img src=\"b.png\">\n```\n").Links;

        Assert.Empty(links);
    }
}
