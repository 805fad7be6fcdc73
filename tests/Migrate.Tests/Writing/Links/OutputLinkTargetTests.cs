using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Migrate.Core.Conversion;
using Migrate.Tests.Fixtures;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Links;

/// <summary>
/// Issue "body": every link or image in a converted page that points at a file (a Markdown link/image destination,
/// or an HTML <c>src</c>/<c>href</c>) resolves to a file the same run writes — so renamed and flattened bundle files
/// never leave a dangling reference. Checked for the Jekyll and Zola writers on every fixture site. Links are found
/// with Markdig the way CommonMark reads them (a destination with a bare space is text, not a link).
/// </summary>
public sealed partial class OutputLinkTargetTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "jekyll", "zola" })
        {
            data.Add(target, "example-site");
            foreach (var name in TestData.SiteCases)
            {
                data.Add(target, "sites/" + name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryFileLinkInTheOutputPointsAtAFileTheRunWrites(string target, string site)
    {
        using var temp = new TempDirectory();
        var result = ConversionPipeline.Run(new ConversionRequest(Path.Combine(TestData.Root, site), target, temp.Combine("out"), Array.Empty<string>()));
        var planned = result.Plan.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var page in result.Plan.Files.Where(f => f.Content is not null && f.RelativePath.EndsWith(".md", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(page.Content!);
            foreach (var url in FileLinks(Body(text)))
            {
                var resolved = Resolve(target, page.RelativePath, url);
                if (resolved is null)
                {
                    continue;
                }
                checkedLinks++;
                if (!planned.Contains(resolved))
                {
                    problems.Add($"{page.RelativePath}: '{url}' → '{resolved}' is not written by the run");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        if (site == "sites/body-links")
        {
            // The fixture made for this test links to 7 bundle files in bodies; all must have been checked.
            Assert.True(checkedLinks >= 7, $"only {checkedLinks} file links were checked");
        }
    }

    // The body after the front matter (---/+++ delimited in both targets' output).
    private static string Body(string page)
    {
        var delimiter = page.StartsWith("+++", StringComparison.Ordinal) ? "+++" : "---";
        var end = page.IndexOf("\n" + delimiter, 3, StringComparison.Ordinal);
        return end < 0 ? page : page[(page.IndexOf('\n', end + 1) + 1)..];
    }

    private static IEnumerable<string> FileLinks(string body)
    {
        var document = Markdown.Parse(body, new MarkdownPipelineBuilder().UsePipeTables().Build());
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!string.IsNullOrEmpty(link.Url))
            {
                yield return link.Url;
            }
        }
        foreach (Match m in HtmlUrl().Matches(body))
        {
            yield return m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value;
        }
    }

    // A link that names a file of the output: not external, not an anchor, not a Zola @/ page link, not a page URL
    // ending in '/'. Jekyll links are site-absolute; Zola links are relative to the page's own folder.
    private static string? Resolve(string target, string pagePath, string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("@/", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.Ordinal) || url.EndsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        if (!Path.HasExtension(path))
        {
            return null;
        }
        if (target == "jekyll")
        {
            return path.StartsWith("/assets/", StringComparison.Ordinal) ? path[1..] : null;
        }
        if (path.StartsWith('/'))
        {
            return null;
        }
        var folder = pagePath[..(pagePath.LastIndexOf('/') + 1)];
        return Normalize(folder + path);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part is not "." and not "") { parts.Add(part); }
        }
        return string.Join('/', parts);
    }

    [GeneratedRegex("""\b(src|href)\s*=\s*"([^"]+)"|\b(src|href)\s*=\s*'([^']+)'""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlUrl();
}
