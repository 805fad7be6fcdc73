using Migrate.Core.Diagnostics;
using Migrate.Core.Reading.Site;

namespace Migrate.Tests.Reading.Site;

/// <summary>Expected values were checked by building copies of the fixtures with Hugo 0.111.3 (site.Title, site.Params, site.Languages, site.Taxonomies, `hugo config`).</summary>
public sealed class SiteConfigReaderTests
{
    [Fact]
    public void LanguagesWithContentDirAreReadInWeightOrderWithTheirFolders()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(SiteFixtures.Path("multilingual-contentdir"), bag);
        Assert.Empty(bag.Items);
        Assert.Equal(["en", "de"], config.Languages.Select(l => l.Code));
        Assert.Equal(["content/en"], config.Languages[0].ContentDirs);
        Assert.Equal(["content/de"], config.Languages[1].ContentDirs);
        Assert.Equal("en", config.DefaultLanguage);
        Assert.True(config.DefaultLanguageInSubdir);
        Assert.Equal("Europe/Vienna", config.TimeZone);
        Assert.Equal("Example Lab", config.Title);
        Assert.Equal("https://lab.example.org/", config.BaseUrl);
        Assert.Equal(["config/_default/hugo.yaml", "config/_default/languages.yaml"], config.Files);
    }

    [Fact]
    public void ModuleMountsWithLangGiveEachLanguageItsFolderAndExcludes()
    {
        var config = SiteConfigReader.Read(SiteFixtures.Path("module-mounts"), new DiagnosticBag());
        var en = config.Languages.Single(l => l.Code == "en");
        var fr = config.Languages.Single(l => l.Code == "fr");
        Assert.Equal(["content"], en.ContentDirs);
        Assert.Equal(["{fr,cv}/**", "**/drafts/**"], en.ExcludeGlobs);
        Assert.Equal(["content/fr"], fr.ContentDirs);
        Assert.Empty(fr.ExcludeGlobs);
    }

    [Fact]
    public void ConfigFolderFilesOverrideTheRootFileKeyByKeyAndKeysIgnoreCase()
    {
        var config = SiteConfigReader.Read(SiteFixtures.Path("split-config"), new DiagnosticBag());
        Assert.Equal("Split Site", config.Title);
        Assert.Equal("https://split.example.com/", config.BaseUrl);
        Assert.Equal("America/Chicago", config.TimeZone);
        Assert.Equal(["Uncategorized", "Conference paper", "Journal article"], config.PublicationTypeLegend);
        // A given [taxonomies] replaces Hugo's defaults (no tags/categories), as site.Taxonomies showed.
        Assert.Equal(new Dictionary<string, string> { ["author"] = "authors", ["publication_type"] = "publication_types" }, config.Taxonomies);
        Assert.Equal(["config.toml", "config/_default/config.toml", "config/_default/menus.toml", "config/_default/params.toml"], config.Files);
        var tree = SiteConfigReader.ReadDetailed(SiteFixtures.Path("split-config"), new DiagnosticBag()).Tree;
        Assert.Equal("from root", tree.GetMap("params")!.GetString("keep_me"));
    }

    [Fact]
    public void ARootConfigWithANumericLegendAndPermalinksIsRead()
    {
        var config = SiteConfigReader.Read(SiteFixtures.Path("nested"), new DiagnosticBag());
        Assert.Equal(["Uncategorized", "Conference proceedings", "Work in progress", "Technical report", "Workshop paper"], config.PublicationTypeLegend);
        Assert.Equal("/papers/:slug/", config.Permalinks["publication"]);
        Assert.Equal(new Dictionary<string, string> { ["tag"] = "tags", ["category"] = "categories" }, config.Taxonomies);
        Assert.Equal("en", config.DefaultLanguage);
        Assert.Equal(["en"], config.Languages.Select(l => l.Code));
        Assert.Equal(["content"], config.Languages[0].ContentDirs);
        Assert.Null(config.TimeZone);
    }

    [Theory]
    [InlineData("hugo.json", "config.toml", "from hugo.json")]
    [InlineData("config.json", "config.yaml", "from config.yaml")]
    [InlineData("config.yml", "config.json", "from config.yml")]
    [InlineData("hugo.yaml", "hugo.toml", "from hugo.toml")]
    public void OnlyTheFirstRootConfigFileCountsInHugosOrder(string a, string b, string expectedTitle)
    {
        using var site = new TempSite();
        foreach (var f in new[] { a, b })
        {
            site.Write(f, f.EndsWith(".toml") ? $"title = \"from {f}\"\n" : f.EndsWith(".json") ? $"{{\"title\": \"from {f}\"}}" : $"title: from {f}\n");
        }
        var config = SiteConfigReader.Read(site.Root, new DiagnosticBag());
        Assert.Equal(expectedTitle, config.Title);
        Assert.Single(config.Files);
    }

    [Theory]
    [InlineData("config.toml", "title = \"ok\"\nbaseURL = \"https://x\n", 2)]
    [InlineData("config.yaml", "title: ok\nparams:\n  a: [1, 2\n", 4)]
    [InlineData("config.json", "{\n  \"title\": \"ok\",\n  \"x\": tru\n}", 3)]
    [InlineData("config/_default/params.toml", "a = 1\na = 2\n", 2)]
    public void AnUnreadableConfigGivesADiagnosticWithFileAndLine(string file, string text, int line)
    {
        using var site = new TempSite();
        site.Write(file, text);
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, bag);
        var d = Assert.Single(bag.Items, i => i.Code == DiagnosticCodes.SiteConfigUnreadable);
        Assert.Equal(file, d.Path);
        Assert.Equal(line, d.Line);
        Assert.Equal("en", config.DefaultLanguage);
    }

    [Theory]
    [InlineData("config.yaml")]
    [InlineData("config.json")]
    [InlineData("config.toml")]
    public void DeepNestingIsRefusedWithoutCrashing(string file)
    {
        using var site = new TempSite();
        const int depth = 5000;
        var text = file switch
        {
            "config.yaml" => "x: " + new string('[', depth) + new string(']', depth) + "\n",
            "config.json" => "{\"x\": " + new string('[', depth) + new string(']', depth) + "}",
            _ => "x = " + string.Concat(Enumerable.Repeat("{a = ", depth)) + "1" + new string('}', depth) + "\n",
        };
        site.Write(file, text);
        var bag = new DiagnosticBag();
        SiteConfigReader.Read(site.Root, bag);
        Assert.Contains(bag.Items, i => i.Code == DiagnosticCodes.SiteConfigUnreadable);
    }

    [Fact]
    public void AYamlAliasInsideItsOwnAnchorIsRefusedNotLooped()
    {
        using var site = new TempSite();
        site.Write("config.yaml", "params: &p\n  self: *p\n");
        var bag = new DiagnosticBag();
        SiteConfigReader.Read(site.Root, bag);
        Assert.Contains(bag.Items, i => i.Code == DiagnosticCodes.SiteConfigUnreadable && i.Line == 2);
    }

    [Fact]
    public void NoConfigAtAllGivesDefaultsAndAWarning()
    {
        using var site = new TempSite();
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, bag);
        Assert.Contains(bag.Items, i => i.Code == DiagnosticCodes.SiteConfigNotFound);
        Assert.Equal("en", config.DefaultLanguage);
        Assert.Equal(["content"], config.Languages.Single().ContentDirs);
        Assert.Null(config.PublicationTypeLegend);
    }

    [Fact]
    public void ALanguageFileInTheConfigFolderLandsUnderThatLanguage()
    {
        using var site = new TempSite();
        site.Write("config/_default/languages.toml", "[en]\nweight = 1\n[fr]\nweight = 2\n");
        site.Write("config/_default/params.fr.toml", "publication_types = [\"a\"]\n");
        site.Write("config/_default/languages.toml.bak", "not read");
        var reading = SiteConfigReader.ReadDetailed(site.Root, new DiagnosticBag());
        Assert.Null(reading.Config.PublicationTypeLegend);
        Assert.Equal("a", reading.Tree.GetMap("languages")!.GetMap("fr")!.GetMap("params")!.GetStrings("publication_types").Single());
        Assert.Equal(2, reading.Config.Files.Count);
    }

    [Fact]
    public void DisabledLanguagesAreNotBuilt()
    {
        using var site = new TempSite();
        site.Write("config.toml", "disableLanguages = [\"fr\"]\n[languages.en]\ncontentDir = \"content/en\"\n[languages.fr]\ncontentDir = \"content/fr\"\n[languages.de]\ncontentDir = \"content/de\"\ndisabled = true\n");
        var reading = SiteConfigReader.ReadDetailed(site.Root, new DiagnosticBag());
        Assert.Equal(["en"], reading.BuiltLanguages);
        Assert.True(reading.Config.Languages.Single(l => l.Code == "fr").Disabled);
        Assert.Empty(reading.Config.Languages.Single(l => l.Code == "de").ContentDirs);
    }
}
