using System.Text;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Tests.Fixtures;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Conversion;

/// <summary>
/// Issue "core" §8: every kind of bad input gives a diagnostic naming the file and line, the other bundles still
/// convert, and nothing crashes or hangs. Uses testdata/sites/bad-input (its HUGO.md says what Hugo does with
/// each file) plus inputs too big to commit, generated into a temporary copy.
/// </summary>
public sealed class BadInputTests
{
    // The files Hugo itself rejects (testdata/sites/bad-input/HUGO.md): each must give an error with a line.
    [Theory]
    [InlineData("unterminated-yaml")]
    [InlineData("unterminated-toml")]
    [InlineData("malformed-yaml")]
    [InlineData("malformed-yaml-indent")]
    [InlineData("tab-indented-yaml")]
    [InlineData("malformed-toml")]
    [InlineData("toml-duplicate-key")]
    [InlineData("malformed-json")]
    [InlineData("invalid-utf8")]
    [InlineData("alias-bomb")]
    public void ABadFileGetsAnErrorNamingItsFileAndLine(string bundle)
    {
        var publication = Read(TestData.Site("bad-input")).Single(p => p.Source.Slug == bundle);
        var error = publication.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(error is not null, $"{bundle}: no error; diagnostics: {string.Join("; ", publication.Diagnostics)}");
        Assert.Equal($"content/publication/{bundle}/index.md", error!.Path);
        Assert.True(error.Line is > 0, $"{bundle}: error without a line: {error}");
    }

    // Hugo accepts these (HUGO.md); so must we, without errors.
    [Theory]
    [InlineData("tab-after-date")]
    [InlineData("deep-nesting-200")]
    [InlineData("deep-nesting-maps-200")]
    public void AFileHugoAcceptsIsReadWithoutErrors(string bundle)
    {
        var publication = Read(TestData.Site("bad-input")).Single(p => p.Source.Slug == bundle);
        Assert.DoesNotContain(publication.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(publication.Hugo);
    }

    [Fact]
    public void HugeDeepVanishingAndBrokenFilesDoNotStopTheOtherBundles()
    {
        using var temp = new TempDirectory();
        var site = Path.Combine(temp.Path, "site");
        CopyDirectory(TestData.Site("bad-input"), site);
        var publications = Path.Combine(site, "content", "publication");

        // 10,000-deep nesting, as flow sequences and as block maps.
        WritePage(publications, "deep-10000-flow", "title: deep\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var block = new StringBuilder("title: deep\n");
        for (var i = 0; i < 10_000; i++)
        {
            block.Append(' ', i).Append("k:\n");
        }
        WritePage(publications, "deep-10000-block", block.ToString());
        WritePage(publications, "deep-10000-toml", "", toml: "title = \"deep\"\nx = " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        // A 50 MB page (front matter fine, enormous body).
        var big = Path.Combine(publications, "fifty-megabytes");
        Directory.CreateDirectory(big);
        using (var stream = File.Create(Path.Combine(big, "index.md")))
        {
            var head = Encoding.UTF8.GetBytes("---\ntitle: big\n---\n");
            stream.Write(head);
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
            {
                stream.Write(line);
            }
        }
        // A good bundle that must still convert.
        WritePage(publications, "good", "title: A good paper\nauthors: [Ada]\ndate: 2020-01-02\n");

        var result = ConversionPipeline.Run(
            new ConversionRequest(site, "json", Path.Combine(temp.Path, "out"), Array.Empty<string>()));

        Assert.Contains(result.Plan.Files, f => f.RelativePath == "publications.json");
        var inspect = ConversionPipeline.Inspect(site, ConversionPipeline.DefaultSections);
        var good = inspect.Publications.Single(p => p.Source.Slug == "good");
        Assert.Equal("A good paper", good.Title);
        foreach (var slug in new[] { "deep-10000-flow", "deep-10000-block", "deep-10000-toml", "fifty-megabytes" })
        {
            var p = inspect.Publications.Single(x => x.Source.Slug == slug);
            var error = p.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(error is not null, $"{slug}: expected an error, got: {string.Join("; ", p.Diagnostics)}");
            Assert.Equal(p.Source.SitePath, error!.Path);
        }
    }

    [Fact]
    public void AFileThatVanishesBeforeItIsReadGetsADiagnosticAndTheRunGoesOn()
    {
        using var temp = new TempDirectory();
        var site = Path.Combine(temp.Path, "site");
        CopyDirectory(TestData.ExampleSite, site);
        var loaded = Migrate.Core.Reading.Site.SiteLoader.Load(site, ConversionPipeline.DefaultSections, new DiagnosticBag());
        var victim = loaded.Publications[0];
        File.Delete(victim.FullPath);

        var publication = Migrate.Core.Reading.Academic.PublicationReader.Read(victim, loaded.Site);

        var error = Assert.Single(publication.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.FileReadFailed, error.Code);
        Assert.Equal(victim.SitePath, error.Path);
        var others = loaded.Publications.Skip(1).Select(s => Migrate.Core.Reading.Academic.PublicationReader.Read(s, loaded.Site));
        Assert.All(others, p => Assert.NotNull(p.Title));
    }

    private static IReadOnlyList<Publication> Read(string site) =>
        ConversionPipeline.Inspect(site, ConversionPipeline.DefaultSections).Publications;

    private static void WritePage(string section, string slug, string yaml, string? toml = null)
    {
        var dir = Path.Combine(section, slug);
        Directory.CreateDirectory(dir);
        var text = toml is null ? "---\n" + yaml + "---\n" : "+++\n" + toml + "+++\n";
        File.WriteAllText(Path.Combine(dir, "index.md"), text, new UTF8Encoding(false));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
