using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Site;

namespace Migrate.Tests.Reading.Site;

/// <summary>
/// Media and resource types are what the Hugo oracle (hugo-params.sh, Hugo 0.111.3 on Debian 12) printed for
/// `.Resources` of a scratch bundle holding these files.
/// </summary>
public sealed class BundleResourceScannerTests
{
    private static PublicationSource Bundle(TempSite site, string folder)
    {
        var page = site.Page($"content/publication/{folder}/index.md", "B");
        return new PublicationSource(page, $"content/publication/{folder}/index.md", $"publication/{folder}/index.md", "publication", folder, null, SourceKind.LeafBundle);
    }

    [Fact]
    public void EveryFileButThePageIsListedInOrdinalOrderWithHugosTypes()
    {
        using var site = new TempSite();
        var source = Bundle(site, "b");
        foreach (var f in new[] { "cite.bib", "featured.png", "paper.pdf", "A.JPG", "notes.txt", "code.html", "featured.graffle", "README", "sub/data.csv", "sub/deeper/clip.mp4" })
        {
            site.Write($"content/publication/b/{f}", "x");
        }
        var bag = new DiagnosticBag();
        var resources = BundleResourceScanner.Scan(source, bag);
        Assert.Equal(
            [
                ("A.JPG", "image/jpeg", "image"),
                ("README", "application/octet-stream", "application"),
                ("cite.bib", "text/x-bibtex", "text"),
                ("code.html", "application/octet-stream", "page"),
                ("featured.graffle", "/", ""),
                ("featured.png", "image/png", "image"),
                ("notes.txt", "text/plain", "text"),
                ("paper.pdf", "application/pdf", "application"),
                ("sub/data.csv", "text/csv", "text"),
                ("sub/deeper/clip.mp4", "video/mp4", "video"),
            ],
            resources.Select(r => (r.RelativePath, r.MediaType, r.ResourceType)));
        Assert.All(resources, r => Assert.Null(r.JunkReason));
        Assert.All(resources, r => Assert.Equal(1, r.Length));
        Assert.Equal(Path.Combine(site.Root, "content", "publication", "b", "sub", "data.csv"), resources[8].SourcePath);
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData(".DS_Store", "macOS")]
    [InlineData("Thumbs.db", "Windows")]
    [InlineData("desktop.ini", "Windows")]
    [InlineData("draft.tex~", "backup")]
    [InlineData(".index.md.swp", "backup")]
    [InlineData("old.bak", "backup")]
    [InlineData("._featured.png", "resource fork")]
    [InlineData(".gitkeep", "hidden")]
    [InlineData(".cache/x.txt", "hidden folder")]
    [InlineData("index_old.md", "a second Markdown file is a resource to Hugo, not a page")]
    [InlineData("sub/notes.md", "a second Markdown file")]
    public void JunkFilesAreFlaggedWithAReason(string file, string reasonPart)
    {
        using var site = new TempSite();
        var source = Bundle(site, "b");
        site.Write($"content/publication/b/{file}", "x");
        site.Write("content/publication/b/cite.bib", "x");
        var resources = BundleResourceScanner.Scan(source, new DiagnosticBag());
        var junk = Assert.Single(resources, r => r.RelativePath == file);
        Assert.Contains(reasonPart, junk.JunkReason);
        Assert.Null(Assert.Single(resources, r => r.RelativePath == "cite.bib").JunkReason);
    }

    [Theory]
    [InlineData("Paper: final.pdf", DiagnosticSeverity.Warning)]
    [InlineData("why?.pdf", DiagnosticSeverity.Warning)]
    [InlineData("a|b.png", DiagnosticSeverity.Warning)]
    [InlineData("trailing .pdf ", DiagnosticSeverity.Warning)]
    [InlineData("ends with dot.", DiagnosticSeverity.Warning)]
    [InlineData("CON.txt", DiagnosticSeverity.Warning)]
    [InlineData("tab\there.txt", DiagnosticSeverity.Warning)]
    [InlineData("My Paper.pdf", DiagnosticSeverity.Info)]
    [InlineData("Müller et al_2020.pdf", DiagnosticSeverity.Info)]
    public void NamesThatDoNotTravelWellAreReported(string name, DiagnosticSeverity severity)
    {
        using var site = new TempSite();
        var source = Bundle(site, "b");
        site.Write($"content/publication/b/{name}", "x");
        var bag = new DiagnosticBag();
        var resources = BundleResourceScanner.Scan(source, bag);
        Assert.Equal(name, Assert.Single(resources).RelativePath);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.NonPortableFileName, d.Code);
        Assert.Equal(severity, d.Severity);
        Assert.Equal($"content/publication/b/{name}", d.Path);
    }

    [Fact]
    public void PlainNamesGetNoPortabilityDiagnostic()
    {
        using var site = new TempSite();
        var source = Bundle(site, "b");
        site.Write("content/publication/b/smith-2020_v2.pdf", "x");
        var bag = new DiagnosticBag();
        BundleResourceScanner.Scan(source, bag);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void ABundleFolderWithATrailingSpaceIsWarnedAbout()
    {
        using var site = new TempSite();
        var source = Bundle(site, "20230502-ABCD ");
        var bag = new DiagnosticBag();
        BundleResourceScanner.Scan(source, bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.NonPortableFileName, d.Code);
        Assert.Equal("content/publication/20230502-ABCD ", d.Path);
        Assert.Contains("ends with a space", d.Message);
    }

    [Fact]
    public void ASingleFileHasNoResources()
    {
        using var site = new TempSite();
        var page = site.Page("content/publication/solo.md", "Solo");
        site.Write("content/publication/cite.bib", "x");
        var source = new PublicationSource(page, "content/publication/solo.md", "publication/solo.md", "publication", "solo", null, SourceKind.SingleFile);
        Assert.Empty(BundleResourceScanner.Scan(source, new DiagnosticBag()));
    }

    [Fact]
    public void ATranslationOfThePageIsNotAResource()
    {
        using var site = new TempSite();
        var source = Bundle(site, "b");
        site.Page("content/publication/b/index.fr.md", "B fr");
        site.Write("content/publication/b/cite.bib", "x");
        Assert.Equal(["cite.bib"], BundleResourceScanner.Scan(source, new DiagnosticBag()).Select(r => r.RelativePath));
    }

    [Fact]
    public void CorpusBundlesScanWithoutErrors()
    {
        var corpus = CorpusDiscoveryTests.CorpusRoot();
        var total = 0;
        foreach (var folder in Directory.GetDirectories(corpus))
        {
            var bag = new DiagnosticBag();
            var result = SiteLoader.Load(CorpusDiscoveryTests.SiteRootOf(folder), null, bag, new FakeAuthorProfileReader());
            foreach (var p in result.Publications)
            {
                var resources = BundleResourceScanner.Scan(p, bag);
                total += resources.Count;
                Assert.All(resources, r => Assert.False(string.IsNullOrEmpty(r.MediaType)));
            }
            Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
        }
        Assert.True(total > 1000, $"only {total} resources");
    }
}
