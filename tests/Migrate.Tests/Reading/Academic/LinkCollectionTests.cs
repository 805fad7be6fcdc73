using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class LinkCollectionTests
{
    private static List<PublicationLink> Links(FrontMatterMapping root, IEnumerable<BundleResource>? resources = null) =>
        ViewFixture.Populate(root, resources: resources).Publication.Links;

    [Fact]
    public void EveryLegacyUrlFieldBecomesALinkTypedByItsSuffixInTheThemesOrder()
    {
        // Written in a scrambled order: the theme renders them in its own fixed order.
        var root = ViewFixture.Minimal(
            ("url_video", Str("https://v.example/1")), ("url_preprint", Str("https://p.example/1")),
            ("url_pdf", Str("https://x.example/a.pdf")), ("url_code", Str("https://git.example/c")),
            ("url_dataset", Str("https://d.example/1")), ("url_poster", Str("https://x.example/poster.pdf")),
            ("url_project", Str("https://proj.example")), ("url_slides", Str("https://s.example/1")),
            ("url_source", Str("https://src.example/1")));

        var links = Links(root);

        Assert.Equal(new[] { "pdf", "code", "dataset", "poster", "project", "slides", "source", "video", "preprint" }, links.Select(l => l.Type));
        Assert.Equal("url_pdf", links[0].SourceKey);
        Assert.Equal("https://x.example/a.pdf", links[0].Url);
        Assert.All(links, l => Assert.False(l.IsBundleResource));
    }

    [Fact]
    public void EmptyAndNullLegacyUrlsGiveNoLink()
    {
        var root = ViewFixture.Minimal(("url_pdf", Str("")), ("url_code", Null()), ("url_dataset", Str("  ")));
        Assert.Empty(Links(root));
    }

    [Fact]
    public void TheLastOfTwoUrlPdfKeysWinsSoAnEmptySecondOneMeansNoPdfLink()
    {
        // input doc §6.7: Hugo kept the last value, so that page had no PDF link.
        var root = ViewFixture.Minimal(("url_pdf", Str("https://x.example/a.pdf")), ("url_pdf", Str("")));
        Assert.Empty(Links(root));
    }

    [Fact]
    public void UrlCustomEntriesBecomeCustomLinksLabelledByTheirName()
    {
        var root = ViewFixture.Minimal(("url_custom", Seq(
            StrMap(("name", "Custom Link"), ("url", "http://example.org")),
            Map(("name", Str("Nothing")), ("url", Null())))));

        var link = Assert.Single(Links(root));

        Assert.Equal(new PublicationLink("custom", "Custom Link", "http://example.org", null, null, "url_custom[0]", false), link);
    }

    [Theory]
    [InlineData("Code", "fab", "github", "code")]
    [InlineData("Reseña en vídeo", "fab", "youtube", "video")]
    [InlineData("PDF", "fas", "file-pdf", "pdf")]
    [InlineData("URL", null, null, "custom")]
    [InlineData("Blog post", "fas", "blog", "custom")]
    public void NameUrlIconLinksAreTypedByAnObviousNameOrIconElseCustom(string name, string? iconPack, string? icon, string expectedType)
    {
        var entry = StrMap(("name", name), ("url", "https://example.org/x"));
        if (iconPack is not null)
        {
            entry.Add("icon_pack", Str(iconPack));
        }
        if (icon is not null)
        {
            entry.Add("icon", Str(icon));
        }
        var link = Assert.Single(Links(ViewFixture.Minimal(("links", Seq(entry)))));

        Assert.Equal(expectedType, link.Type);
        Assert.Equal(name, link.Label);
        Assert.Equal(icon, link.Icon);
        Assert.Equal(iconPack, link.IconPack);
        Assert.Equal("links[0]", link.SourceKey);
    }

    [Fact]
    public void TypedLinksKeepTheirTypeAndLabelAndPlaceholderEntriesAreSkipped()
    {
        var root = ViewFixture.Minimal(("links", Seq(
            StrMap(("type", "pdf"), ("url", "")),
            StrMap(("type", "custom"), ("label", "Custom Link"), ("url", "http://example.org")),
            StrMap(("type", "viewatjournal"), ("url", "https://journal.example/a")))));

        var links = Links(root);

        Assert.Equal(2, links.Count);
        Assert.Equal(("custom", "Custom Link", "links[1]"), (links[0].Type, links[0].Label, links[0].SourceKey));
        Assert.Equal(("viewatjournal", "links[2]"), (links[1].Type, links[1].SourceKey));
    }

    [Theory]
    [InlineData("arxiv", "1512.04133v1", "https://arxiv.org/abs/1512.04133v1")]
    [InlineData("doi", "10.1000/xyz", "https://doi.org/10.1000/xyz")]
    [InlineData("openreview", "AbCdEf", "https://openreview.net/forum?id=AbCdEf")]
    public void ProviderAndIdLinksAreExpandedToTheProvidersUrl(string provider, string id, string expectedUrl)
    {
        var root = ViewFixture.Minimal(("links", Seq(StrMap(("type", "preprint"), ("provider", provider), ("id", id)))));

        var link = Assert.Single(Links(root));

        Assert.Equal(("preprint", expectedUrl, "links[0]"), (link.Type, link.Url, link.SourceKey));
    }

    [Fact]
    public void HugobloxIdsDeriveDoiAndArxivLinks()
    {
        var root = ViewFixture.Minimal(("hugoblox", Map(("ids", StrMap(("arxiv", "2101.00001"), ("doi", "10.5555/abc"))))));

        var links = Links(root);

        Assert.Equal(2, links.Count);
        Assert.Equal(("preprint", "https://arxiv.org/abs/2101.00001", "hugoblox.ids.arxiv"), (links[0].Type, links[0].Url, links[0].SourceKey));
        Assert.Equal(("doi", "https://doi.org/10.5555/abc", "hugoblox.ids.doi"), (links[1].Type, links[1].Url, links[1].SourceKey));
    }

    [Fact]
    public void TheDoiFieldGivesADoiLinkAfterAllOthers()
    {
        var root = ViewFixture.Minimal(("doi", Str("10.1234/abc.5")), ("url_pdf", Str("https://x.example/a.pdf")));

        var links = Links(root);

        Assert.Equal(new[] { "pdf", "doi" }, links.Select(l => l.Type));
        Assert.Equal(("https://doi.org/10.1234/abc.5", "doi"), (links[1].Url, links[1].SourceKey));
    }

    [Fact]
    public void ALinkWithTheSameTypeAndUrlAsAnEarlierOneIsDroppedWithAnInfo()
    {
        var root = ViewFixture.Minimal(
            ("url_pdf", Str("https://x.example/a.pdf")),
            ("links", Seq(StrMap(("type", "pdf"), ("url", "https://x.example/a.pdf")), StrMap(("type", "code"), ("url", "https://x.example/a.pdf")))),
            ("doi", Str("10.1/a")),
            ("hugoblox", Map(("ids", StrMap(("doi", "10.1/a"))))));

        var (publication, diagnostics) = ViewFixture.Populate(root);

        // Same URL with another type is a different button; the DOI from hugoblox.ids and from doi is one button.
        Assert.Equal(new[] { "url_pdf", "links[1]", "hugoblox.ids.doi" }, publication.Links.Select(l => l.SourceKey));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateLink && d.Severity == DiagnosticSeverity.Info));
    }

    [Fact]
    public void ABundleFileNamedAfterTheFolderOverridesUrlPdf()
    {
        var root = ViewFixture.Minimal(("url_pdf", Str("https://elsewhere.example/a.pdf")));

        var links = Links(root, new[] { ViewFixture.Resource("test-paper.pdf", "application") });

        var link = Assert.Single(links);
        Assert.Equal(new PublicationLink("pdf", null, "test-paper.pdf", null, null, "resource:test-paper.pdf", true), link);
    }

    [Fact]
    public void ABundlePdfWithoutUrlPdfStillGivesAPdfLink()
    {
        var links = Links(ViewFixture.Minimal(), new[] { ViewFixture.Resource("test-paper.pdf", "application") });
        Assert.Equal("resource:test-paper.pdf", Assert.Single(links).SourceKey);
    }

    [Theory]
    [InlineData("slides.pdf", true)]
    [InlineData("Slides.PDF", true)]
    [InlineData("pdf/slides.pdf", false)]
    [InlineData("/slides.pdf", false)]
    [InlineData("https://x.example/slides.pdf", false)]
    public void ARelativeUrlNamingABundleFileIsMarkedAsABundleResource(string url, bool expected)
    {
        var links = Links(ViewFixture.Minimal(("url_slides", Str(url))), new[] { ViewFixture.Resource("slides.pdf", "application") });
        Assert.Equal(expected, Assert.Single(links).IsBundleResource);
    }

    [Fact]
    public void ALinkUrlWithADoubledDoiResolverIsFixedWithAWarning()
    {
        var root = ViewFixture.Minimal(("url_custom", Seq(StrMap(("name", "DOI"), ("url", "http://dx.doi.org/https://doi.org/10.1016/j.x.2018.01.001")))));

        var (publication, diagnostics) = ViewFixture.Populate(root);

        Assert.Equal("https://doi.org/10.1016/j.x.2018.01.001", Assert.Single(publication.Links).Url);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DoubledDoiPrefix && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void NullLinksGiveNoLinkAndNoDiagnostic()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("links", Null())));
        Assert.Empty(publication.Links);
        Assert.Empty(diagnostics);
    }
}
