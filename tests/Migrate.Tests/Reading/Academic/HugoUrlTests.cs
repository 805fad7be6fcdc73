using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

/// <summary>Expected URLs are the relPermalinks Hugo 0.111.3 printed for the same paths (hugo-params.sh on a scratch site).</summary>
public sealed class HugoUrlTests
{
    private static string? Url(string contentPath, SourceKind kind = SourceKind.LeafBundle, FrontMatterMapping? root = null, SiteConfig? config = null, string? language = null, HugoPageView? hugo = null) =>
        ViewFixture.Populate(root ?? ViewFixture.Minimal(), ViewFixture.Site(config), ViewFixture.Source(contentPath, kind, language), hugo: hugo).Publication.HugoUrl;

    [Theory]
    [InlineData("publication/2017_ACL_Augenstein/index.md", "/publication/2017_acl_augenstein/")]
    [InlineData("publication/CHAMPIonS: Conversational Human-AI x/index.md", "/publication/champions-conversational-human-ai-x/")]
    [InlineData("publication/Why not?/index.md", "/publication/why-not/")]
    [InlineData("publication/20230502-APJRS /index.md", "/publication/20230502-apjrs-/")]
    [InlineData("publication/journal-article/2016-ac-metccs/index.md", "/publication/journal-article/2016-ac-metccs/")]
    [InlineData("publication/2019/Deep Learning: Is it?/index.md", "/publication/2019/deep-learning-is-it/")]
    [InlineData("publication/a  b--c__d.e/index.md", "/publication/a-b--c__d.e/")]
    [InlineData("publication/hash#plus+tilde~at@pct%20x%zz/index.md", "/publication/hash#plus+tilde~at@pct%20xzz/")]
    [InlineData("publication/Über Straße/index.md", "/publication/%C3%BCber-stra%C3%9Fe/")]
    [InlineData("publication/草 漢字/index.md", "/publication/%E8%8D%89-%E6%BC%A2%E5%AD%97/")]
    public void ABundleUrlIsItsFolderPathSanitizedAsHugoDoes(string contentPath, string expected) =>
        Assert.Equal(expected, Url(contentPath));

    [Fact]
    public void ASingleFileUrlUsesItsFileName() =>
        Assert.Equal("/publication/single-file/", Url("publication/Single File.md", SourceKind.SingleFile));

    [Theory]
    [InlineData("My Slug: Yes?", "/publication/my-slug-yes/")]
    [InlineData("UPPER Case", "/publication/upper-case/")]
    public void SlugReplacesTheFolderName(string slug, string expected) =>
        Assert.Equal(expected, Url("publication/slugged/index.md", root: ViewFixture.Minimal(("slug", Str(slug)))));

    [Fact]
    public void UrlFromFrontMatterIsUsedAsWrittenWithSpacesEscaped() =>
        Assert.Equal("/custom/Path%20Here/", Url("publication/u1.md", SourceKind.SingleFile, ViewFixture.Minimal(("url", Str("/custom/Path Here/")))));

    [Theory]
    [InlineData("/pub/:slug/", "Single File.md", "Hello: World Ü", "2020-03-04T00:00:00Z", "/pub/hello-world-%C3%BC/")]
    [InlineData("/pub/:title/", "Bundle X/index.md", "Title Only", "2021-11-05T23:30:00-05:00", "/pub/title-only/")]
    [InlineData("/pub/:filename/", "Bundle X/index.md", "Title Only", "2021-11-05T23:30:00-05:00", "/pub/bundle-x/")]
    [InlineData("/:section/:year/:month/:day/:filename/", "Bundle X/index.md", "Title Only", "2021-11-05T23:30:00-05:00", "/publication/2021/11/05/bundle-x/")]
    [InlineData("/:section/:year/:month/:day/:filename/", "Why not?/index.md", "T", "0001-01-01T00:00:00Z", "/publication/1/01/01/why-not/")]
    [InlineData("/:sections/:slugorfilename/", "journal-article/2016-ac-metccs/index.md", "T", "0001-01-01T00:00:00Z", "/publication/2016-ac-metccs/")]
    [InlineData("/p/:yearday/:monthname/:weekday/:slug", "Bundle X/index.md", "Title Only", "2021-11-05T23:30:00-05:00", "/p/309/november/5/title-only/")]
    public void APermalinkPatternIsExpandedWithHugosPageDate(string pattern, string file, string title, string hugoDate, string expected)
    {
        var config = new SiteConfig();
        config.Permalinks["publication"] = pattern;
        var kind = file.EndsWith("/index.md", StringComparison.Ordinal) ? SourceKind.LeafBundle : SourceKind.SingleFile;
        var hugo = new HugoPageView(title, hugoDate, hugoDate, hugoDate, "0001-01-01T00:00:00Z", false, new());

        Assert.Equal(expected, Url("publication/" + file, kind, Map(("title", Str(title))), config, hugo: hugo));
    }

    [Theory]
    [InlineData("es", false, "/es/publication/test-paper/")]
    [InlineData("en", false, "/publication/test-paper/")]
    [InlineData("en", true, "/en/publication/test-paper/")]
    public void NonDefaultLanguagesGetAPrefixAndTheDefaultOneOnlyInSubdirMode(string language, bool inSubdir, string expected)
    {
        var config = new SiteConfig { DefaultLanguage = "en", DefaultLanguageInSubdir = inSubdir };
        Assert.Equal(expected, Url("publication/test-paper/index.md", config: config, language: language));
    }

    [Fact]
    public void ABaseUrlWithAPathPrefixesTheUrl()
    {
        var config = new SiteConfig { BaseUrl = "https://someone.github.io/site/" };
        Assert.Equal("/site/publication/test-paper/", Url("publication/test-paper/index.md", config: config));
    }
}
