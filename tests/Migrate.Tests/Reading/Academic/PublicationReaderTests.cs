using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Academic;
using Migrate.Core.Reading.FrontMatter;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class PublicationReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "migrate-academic-" + Guid.NewGuid().ToString("N"));

    public PublicationReaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A YAML-only splitter good enough for these tests (the real one is another work stream's).</summary>
    private static FrontMatterSplit FakeSplit(string text)
    {
        var bom = text.StartsWith('\uFEFF');
        var t = bom ? text[1..] : text;
        if (!t.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new FrontMatterSplit(null, bom, "", "", 1, t, "\n", null, null);
        }
        var close = t.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return new FrontMatterSplit(FrontMatterFormat.Yaml, bom, t, "", 2, "", "\n", "the front matter opened on line 1 is never closed", 1);
        }
        var blockEnd = close + "\n---\n".Length;
        return new FrontMatterSplit(FrontMatterFormat.Yaml, bom, t[..blockEnd], t[4..(close + 1)], 2, t[blockEnd..], "\n", null, null);
    }

    private static PublicationReaderSteps Steps(
        FrontMatterMapping? parsed = null,
        IReadOnlyList<BundleResource>? resources = null,
        bool hugoViewThrows = false,
        long maxBytes = PublicationReaderSteps.DefaultMaxFileBytes) =>
        new(
            FakeSplit,
            (format, content, path, line, bag) => new FrontMatterDocument(format, parsed ?? ViewFixture.Minimal()) { RawText = content },
            (doc, zone, path, bag) => hugoViewThrows
                ? throw new NotImplementedException("not merged yet")
                : new HugoPageView("A Paper", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "0001-01-01T00:00:00Z", false, new()),
            (source, bag) => resources ?? Array.Empty<BundleResource>(),
            ViewFixture.Services,
            maxBytes);

    private PublicationSource Write(string content, string folder = "test-paper") => WriteBytes(Encoding.UTF8.GetBytes(content), folder);

    private PublicationSource WriteBytes(byte[] bytes, string folder = "test-paper")
    {
        var dir = Path.Combine(_root, "content", "publication", folder);
        Directory.CreateDirectory(dir);
        var full = Path.Combine(dir, "index.md");
        File.WriteAllBytes(full, bytes);
        var contentPath = $"publication/{folder}/index.md";
        return new PublicationSource(full, "content/" + contentPath, contentPath, "publication", folder, null, SourceKind.LeafBundle);
    }

    [Fact]
    public void APageIsSplitParsedAndItsTypedViewFilled()
    {
        var source = Write("---\ntitle: A Paper\n---\nBody text.\n");

        var publication = PublicationReader.Read(source, ViewFixture.Site(), Steps());

        Assert.Equal("Body text.\n", publication.Body);
        Assert.Equal("---\ntitle: A Paper\n---\n", publication.FrontMatterBlock);
        Assert.False(publication.HadBom);
        Assert.Equal("A Paper", publication.Title);
        Assert.Equal("A Paper", publication.Hugo?.Title);
        Assert.Equal("/publication/test-paper/", publication.HugoUrl);
        Assert.Empty(publication.Diagnostics);
    }

    [Fact]
    public void ABomIsReportedAndNotPartOfTheBlock()
    {
        var source = WriteBytes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\ntitle: A\n---\n")).ToArray());
        var publication = PublicationReader.Read(source, ViewFixture.Site(), Steps());
        Assert.True(publication.HadBom);
        Assert.StartsWith("---", publication.FrontMatterBlock, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheSizeCapIsNotReadAndIsAnError()
    {
        var source = Write("---\ntitle: A Paper\n---\n" + new string('x', 200));

        var publication = PublicationReader.Read(source, ViewFixture.Site(), Steps(maxBytes: 100));

        var d = Assert.Single(publication.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileTooLarge, DiagnosticSeverity.Error, source.SitePath), (d.Code, d.Severity, d.Path));
        Assert.Null(publication.FrontMatter);
    }

    [Fact]
    public void AFileThatVanishedIsAReadFailure()
    {
        var source = Write("---\ntitle: A\n---\n");
        File.Delete(source.FullPath);

        var publication = PublicationReader.Read(source, ViewFixture.Site(), Steps());

        Assert.Equal(DiagnosticCodes.FileReadFailed, Assert.Single(publication.Diagnostics).Code);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorNamingTheLineOfTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: A\nabstract: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();

        var publication = PublicationReader.Read(WriteBytes(bytes), ViewFixture.Site(), Steps());

        var d = Assert.Single(publication.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Error, (int?)3), (d.Code, d.Severity, d.Line));
    }

    [Fact]
    public void APageWithoutFrontMatterIsWarnedAndKeepsItsBody()
    {
        var publication = PublicationReader.Read(Write("Just text.\n"), ViewFixture.Site(), Steps());

        Assert.Equal(DiagnosticCodes.NoFrontMatter, Assert.Single(publication.Diagnostics).Code);
        Assert.Null(publication.FrontMatter);
        Assert.Equal("Just text.\n", publication.Body);
    }

    [Fact]
    public void UnterminatedFrontMatterIsAnErrorWithItsLine()
    {
        var publication = PublicationReader.Read(Write("---\ntitle: A\n"), ViewFixture.Site(), Steps());

        var d = Assert.Single(publication.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnterminatedFrontMatter, DiagnosticSeverity.Error, (int?)1), (d.Code, d.Severity, d.Line));
        Assert.Null(publication.FrontMatter);
    }

    [Fact]
    public void AFailingStageIsAnInternalErrorAndTheOtherStagesStillRun()
    {
        var publication = PublicationReader.Read(Write("---\ntitle: A Paper\n---\n"), ViewFixture.Site(), Steps(hugoViewThrows: true));

        var d = Assert.Single(publication.Diagnostics);
        Assert.Equal((DiagnosticCodes.InternalError, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Null(publication.Hugo);
        Assert.Equal("A Paper", publication.Title);
    }

    [Fact]
    public void TheRealPipelineNeverThrows()
    {
        // Whatever state the other stages are in (stubs or real), Read returns a publication.
        var publication = PublicationReader.Read(Write("---\ntitle: A Paper\n---\n"), ViewFixture.Site());
        Assert.Equal("content/publication/test-paper/index.md", publication.Source.SitePath);
    }

    [Fact]
    public void CiteBibIsReadFromTheBundle()
    {
        var source = Write("---\ntitle: A Paper\n---\n");
        var bibPath = Path.Combine(Path.GetDirectoryName(source.FullPath)!, "cite.bib");
        File.WriteAllText(bibPath, "@article{x,\r\n  title={X}\r\n}\r\n");
        var resources = new[] { new BundleResource("cite.bib", bibPath, 30, "text/x-bibtex", "text", null) };

        var publication = PublicationReader.Read(source, ViewFixture.Site(), Steps(resources: resources));

        Assert.Equal("@article{x,\r\n  title={X}\r\n}\r\n", publication.CiteBib);
        Assert.Single(publication.Resources);
    }

    [Fact]
    public void AnUnknownSiteTimeZoneIsWarnedOnceAndUtcIsUsed()
    {
        var config = new Migrate.Core.Model.Site.SiteConfig { TimeZone = "Mars/Olympus_Mons" };
        var publication = PublicationReader.Read(Write("---\ntitle: A Paper\n---\n"), ViewFixture.Site(config), Steps());
        Assert.Equal(DiagnosticCodes.UnknownTimeZone, Assert.Single(publication.Diagnostics).Code);
    }
}
