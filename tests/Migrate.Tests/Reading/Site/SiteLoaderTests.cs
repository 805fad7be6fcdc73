using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Site;

namespace Migrate.Tests.Reading.Site;

/// <summary>
/// Which pages Hugo 0.111.3 builds in each fixture was checked by building a copy with a layout printing
/// <c>.Lang|.Kind|.Section|.File.Path</c> for site.AllPages; the expectations below are those lists.
/// </summary>
public sealed class SiteLoaderTests
{
    private static (SiteLoadResult Result, DiagnosticBag Bag) Load(string path, IReadOnlyList<string>? sections = null, FakeAuthorProfileReader? reader = null)
    {
        var bag = new DiagnosticBag();
        var result = SiteLoader.Load(path, sections, bag, reader ?? new FakeAuthorProfileReader());
        return (result, bag);
    }

    [Fact]
    public void AContentDirPerLanguageGivesEachPublicationItsLanguageAndHugoFilePath()
    {
        var (result, bag) = Load(SiteFixtures.Path("multilingual-contentdir"));
        Assert.Equal(
            [
                ("content/de/publication/alpha-2021/index.md", "publication/alpha-2021/index.md", "de"),
                ("content/en/publication/alpha-2021/index.md", "publication/alpha-2021/index.md", "en"),
                ("content/en/publication/beta-2022/index.md", "publication/beta-2022/index.md", "en"),
            ],
            result.Publications.Select(p => (p.SitePath, p.ContentPath, p.Language)));
        Assert.All(result.Publications, p => Assert.Equal(SourceKind.LeafBundle, p.Kind));
        Assert.Equal(["alpha-2021", "alpha-2021", "beta-2022"], result.Publications.Select(p => p.Slug));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.SkippedSectionIndex && d.Path == "content/en/publication/_index.md");
        Assert.DoesNotContain(bag.Items, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("Jane Roe", result.Site.AuthorsBySlug["jane-roe"].DisplayName);
        Assert.Equal("Jane Roe (de)", result.Site.AuthorsByLanguage["de"]["jane-roe"].DisplayName);
        Assert.Equal("de", result.Site.AuthorsByLanguage["de"]["jane-roe"].Language);
    }

    [Fact]
    public void ModuleMountsWithLangAndExcludeFilesDecideLanguagesAndSkippedFolders()
    {
        var (result, bag) = Load(SiteFixtures.Path("module-mounts"));
        Assert.Equal(
            [
                ("content/fr/publication/paper-one/index.md", "publication/paper-one/index.md", "fr"),
                ("content/publication/paper-one/index.md", "publication/paper-one/index.md", "en"),
                ("content/publication/paper-two/index.md", "publication/paper-two/index.md", "en"),
            ],
            result.Publications.Select(p => (p.SitePath, p.ContentPath, p.Language)));
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCodes.LanguageNotBuilt);
    }

    [Fact]
    public void ALanguageFolderTheConfigDoesNotBuildIsReportedAndNotConverted()
    {
        var (result, bag) = Load(SiteFixtures.Path("unconfigured-language"));
        var only = Assert.Single(result.Publications);
        Assert.Equal("content/en/publication/kappa/index.md", only.SitePath);
        Assert.Null(only.Language);
        var warning = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.LanguageNotBuilt);
        Assert.Equal("content/ko", warning.Path);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void PointingIntoAnUnbuiltLanguageFolderFindsNothingAndSaysWhy()
    {
        var (result, bag) = Load(Path.Combine(SiteFixtures.Path("unconfigured-language"), "content", "ko", "publication", "kappa"));
        Assert.Empty(result.Publications);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.LanguageNotBuilt);
    }

    [Fact]
    public void NestedFoldersSingleFilesAndBundlesAreFoundAndEverythingElseIsExplained()
    {
        var (result, bag) = Load(SiteFixtures.Path("nested"));
        Assert.Equal(
            [
                ("content/publication/2020/delta/index.md", "delta", SourceKind.LeafBundle),
                ("content/publication/2020/zeta-2020.md", "zeta-2020", SourceKind.SingleFile),
                ("content/publication/epsilon-2018.md", "epsilon-2018", SourceKind.SingleFile),
                ("content/publication/journal/gamma-2019/index.md", "gamma-2019", SourceKind.LeafBundle),
            ],
            result.Publications.Select(p => (p.SitePath, p.Slug, p.Kind)));
        Assert.All(result.Publications, p => Assert.Equal("publication", p.Section));
        Assert.All(result.Publications, p => Assert.Null(p.Language));
        Assert.Equal("publication/journal/gamma-2019/index.md", result.Publications[3].ContentPath);
        Assert.Equal(Path.Combine(SiteFixtures.Path("nested"), "content", "publication", "epsilon-2018.md"), result.Publications[2].FullPath);

        Assert.Equal(
            ["content/publication/_index.md", "content/publication/journal/_index.md"],
            bag.Items.Where(d => d.Code == DiagnosticCodes.SkippedSectionIndex).Select(d => d.Path));
        var stray = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.SkippedStrayFile);
        Assert.Equal("content/publication/journal/gamma-2019/index_old.md", stray.Path);
        Assert.Contains("index_old.md", stray.Message);
        Assert.Equal(DiagnosticSeverity.Info, stray.Severity);
        var orphan = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.FolderWithoutIndex);
        Assert.Equal("content/publication/orphan", orphan.Path);
        Assert.Equal(SiteFixtures.Path("nested"), result.Site.RootPath);
    }

    [Fact]
    public void ExtraSectionsAreAddedToTheDefaultOnes()
    {
        var (result, _) = Load(SiteFixtures.Path("nested"), ["papers"]);
        Assert.Contains(result.Publications, p => p.SitePath == "content/papers/eta/index.md" && p.Section == "papers");
        Assert.Contains(result.Publications, p => p.Section == "publication");
        Assert.DoesNotContain(result.Publications, p => p.Section == "post");
    }

    [Theory]
    [InlineData("", 4)]
    [InlineData("content", 4)]
    [InlineData("content/publication", 4)]
    [InlineData("content/publication/2020", 2)]
    [InlineData("content/publication/journal/gamma-2019", 1)]
    [InlineData("content/publication/journal/gamma-2019/index.md", 1)]
    [InlineData("content/publication/epsilon-2018.md", 1)]
    [InlineData("content/papers", 1)]
    [InlineData("content/publication/journal/gamma-2019/extra", 0)]
    [InlineData("content/publication/journal/gamma-2019/cite.bib", 0)]
    public void TheInputMayBeTheSiteItsContentASectionAFolderABundleOrAPage(string relative, int expected)
    {
        var root = SiteFixtures.Path("nested");
        var input = relative.Length == 0 ? root : Path.Combine(root, relative);
        var (result, _) = Load(input);
        Assert.Equal(expected, result.Publications.Count);
        Assert.All(result.Publications, p => Assert.StartsWith(relative, p.SitePath, StringComparison.Ordinal));
        Assert.Equal(root, result.Site.RootPath);
    }

    [Fact]
    public void DataProfilesUseNameDisplayThenTitleAndAreKeyedByUrlizedSlug()
    {
        var (result, bag) = Load(SiteFixtures.Path("split-config"));
        Assert.Equal("content/publications/theta-2026/index.md", Assert.Single(result.Publications).SitePath);
        Assert.Equal("publications", result.Publications[0].Section);
        Assert.Equal("Dr. Robin Example", result.Site.AuthorsBySlug["me"].DisplayName);
        Assert.Equal("Ana Lima", result.Site.AuthorsBySlug["ana-lima"].DisplayName);
        Assert.Equal("Ana Lima", result.Site.AuthorsBySlug["ana-lima"].Slug);
        Assert.Equal("data/authors/me.yaml", result.Site.AuthorsBySlug["me"].SitePath);
        Assert.DoesNotContain(bag.Items, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void AnUnreadableProfileIsAWarningWithTheParsersLine()
    {
        using var site = new TempSite();
        site.Write("config.toml", "title = \"t\"\n");
        site.Page("content/publication/p/index.md", "P");
        site.Write("content/authors/Broken Name/_index.md", "---\ntitle: [\n---\n");
        site.Page("content/authors/ok-name/_index.md", "Ok Name");
        var reader = new FakeAuthorProfileReader(new Dictionary<string, AuthorProfileFields?>
        {
            ["content/authors/Broken Name/_index.md"] = null,
            ["content/authors/ok-name/_index.md"] = new AuthorProfileFields("Ok Name", "Old Name", ["okname"]),
        });
        var (result, bag) = Load(site.Root, reader: reader);
        var d = Assert.Single(bag.Items, i => i.Code == DiagnosticCodes.AuthorProfileUnreadable);
        Assert.Equal("content/authors/Broken Name/_index.md", d.Path);
        Assert.Equal(3, d.Line);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        var ok = result.Site.AuthorsBySlug["ok-name"];
        Assert.Equal("Ok Name", ok.DisplayName);
        Assert.Equal(["okname"], ok.Aliases);
        Assert.False(result.Site.AuthorsBySlug.ContainsKey("broken-name"));
    }

    [Fact]
    public void AnOlderProfileWithOnlyNameUsesName()
    {
        using var site = new TempSite();
        site.Write("config.toml", "title = \"t\"\n");
        site.Page("content/publication/p/index.md", "P");
        site.Write("content/authors/Marc Example/_index.md", "---\nname: Marc Example\n---\n");
        var reader = new FakeAuthorProfileReader(new Dictionary<string, AuthorProfileFields?>
        {
            ["content/authors/Marc Example/_index.md"] = new AuthorProfileFields(null, "Marc Example", []),
        });
        var (result, _) = Load(site.Root, reader: reader);
        Assert.Equal("Marc Example", result.Site.AuthorsBySlug["marc-example"].DisplayName);
    }

    [Fact]
    public void FolderNamesKeepTrailingSpacesAndOddCharactersExactlyAsOnDisk()
    {
        using var site = new TempSite();
        site.Write("config.yaml", "title: t\n");
        site.Page("content/publication/20230502-ABCD /index.md", "Trailing space");
        site.Page("content/publication/Deep Nets: Why? A Study/index.md", "Colon and question mark");
        var (result, _) = Load(site.Root);
        Assert.Equal(["20230502-ABCD ", "Deep Nets: Why? A Study"], result.Publications.Select(p => p.Slug));
        Assert.Equal("publication/20230502-ABCD /index.md", result.Publications[0].ContentPath);
        Assert.True(File.Exists(result.Publications[0].FullPath));
    }

    [Fact]
    public void ASiteWithoutConfigStillFindsPublicationsUnderContent()
    {
        using var site = new TempSite();
        site.Page("content/publication/p/index.md", "P");
        var (result, bag) = Load(site.Root);
        Assert.Single(result.Publications);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.SiteConfigNotFound);
    }

    [Fact]
    public void ALoneSectionFolderWithoutAnySiteIsStillRead()
    {
        using var site = new TempSite();
        site.Page("exported/publication/p/index.md", "P");
        site.Page("exported/publication/q.md", "Q");
        var (result, _) = Load(Path.Combine(site.Root, "exported", "publication"));
        Assert.Equal(["p", "q"], result.Publications.Select(p => p.Slug));
        Assert.Equal(["publication/p/index.md", "publication/q.md"], result.Publications.Select(p => p.ContentPath));
    }

    [Fact]
    public void AMissingInputIsAnErrorNotAnException()
    {
        var (result, bag) = Load("/nonexistent/migrate/site");
        Assert.Empty(result.Publications);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.SourceNotFound && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void ASiteWithoutAPublicationSectionSaysSo()
    {
        using var site = new TempSite();
        site.Write("config.toml", "title = \"t\"\n");
        site.Page("content/post/p/index.md", "P");
        var (result, bag) = Load(site.Root);
        Assert.Empty(result.Publications);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.NoPublicationSection);
    }

    [Fact]
    public void HiddenAndBackupFilesAreNotPagesAndTranslationsByFileNameGetTheirLanguage()
    {
        using var site = new TempSite();
        site.Write("config.toml", "defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n");
        site.Page("content/publication/p/index.md", "P");
        site.Page("content/publication/p/index.fr.md", "P fr");
        site.Page("content/publication/.hidden.md", "Hidden");
        site.Page("content/publication/backup.md~", "Backup");
        site.Page("content/publication/q.fr.md", "Q fr");
        var (result, _) = Load(site.Root);
        Assert.Equal(
            [("content/publication/p/index.fr.md", "p", "fr"), ("content/publication/p/index.md", "p", "en"), ("content/publication/q.fr.md", "q", "fr")],
            result.Publications.Select(p => (p.SitePath, p.Slug, p.Language)));
    }

    [Fact]
    public void TwoThousandBundlesAreListedQuickly()
    {
        using var site = new TempSite();
        site.Write("config.toml", "title = \"t\"\n");
        for (var i = 0; i < 2000; i++)
        {
            site.Page($"content/publication/{i / 100:D2}/p{i:D4}/index.md", "P");
            site.Write($"content/publication/{i / 100:D2}/p{i:D4}/cite.bib", "@misc{x}\n");
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (result, _) = Load(site.Root);
        watch.Stop();
        Assert.Equal(2000, result.Publications.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
