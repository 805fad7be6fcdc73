using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using static Migrate.Tests.Writing.Zola.ZolaFixture;

namespace Migrate.Tests.Writing.Zola;

public class ZolaPageTests
{
    /// <summary>Zola's page front matter fields (targets doc §1); anything else at the top level is silently dropped.</summary>
    private static readonly HashSet<string> ZolaPageKeys = new(StringComparer.Ordinal)
    {
        "title", "description", "date", "updated", "draft", "render", "slug", "path", "taxonomies", "weight",
        "authors", "aliases", "template", "in_search_index", "extra",
    };

    private static Publication Sample()
    {
        var root = Map(
            ("title", Str("A Study of Invented Things")),
            ("authors", Seq(Str("admin"), Str("Bo Example"))),
            ("date", Plain("2020-08-10", ScalarKind.Timestamp)),
            ("publishDate", Plain("2020-09-01T00:00:00Z", ScalarKind.Timestamp)),
            ("publication_types", Seq(Str("2"))),
            ("publication", Str("*Journal of Examples*")),
            ("summary", Str("Short text.")),
            ("tags", Seq(Str("ml"), Str("graphs"))),
            ("featured", Plain("yes", ScalarKind.Boolean)),
            ("url_pdf", Str("")),
            ("url_code", Null()),
            ("image", Map(("caption", Str("A caption")), ("focal_point", Str("Smart")), ("preview_only", Plain("false", ScalarKind.Boolean)))),
            ("links", Seq(Map(("name", Str("Site")), ("url", Str("https://example.org"))), Map(("name", Str("Data")), ("url", Str("data.zip"))))),
            ("projects", Seq()),
            ("mode", Plain("0755", ScalarKind.Integer)),
            ("ratio", Plain(".inf", ScalarKind.Float)));
        var p = Publication(root, "Body text.\n");
        p.Title = "A Study of Invented Things";
        p.Date = new HugoDate("2020-08-10", new DateTimeOffset(2020, 8, 10, 0, 0, 0, TimeSpan.Zero), false, false) { CalendarDay = new DateOnly(2020, 8, 10) };
        p.PublishDate = new HugoDate("2020-09-01T00:00:00Z", new DateTimeOffset(2020, 9, 1, 0, 0, 0, TimeSpan.Zero), true, true);
        p.Authors.Add(new AuthorEntry("admin", "admin", "Ada Admin", "content/authors/admin/_index.md", "Equal contribution"));
        p.Authors.Add(new AuthorEntry("Bo Example", "bo-example", "Bo Example", null, null));
        p.PublicationTypes.Add(new PublicationTypeValue("2", "article-journal", "Journal article"));
        p.Doi = "10.1234/abc";
        p.Featured = true;
        return p;
    }

    [Fact]
    public void TheTopLevelHoldsOnlyZolaPageFields()
    {
        var page = Page(Sample(), out _);
        var toml = TomlLib.Parse(TomlLib.FrontMatter(page));

        Assert.All(toml.Select(kv => kv.Key), k => Assert.Contains(k, ZolaPageKeys));
        Assert.Equal("A Study of Invented Things", (string?)toml["title"]);
        Assert.Equal("Short text.", (string?)toml["description"]);
        Assert.Equal("2020-08-10", (string?)toml["date"]);
        Assert.Equal(new[] { "Ada Admin", "Bo Example" }, toml["authors"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void EveryOtherSourceKeyIsUnderExtraInSourceOrderWithItsSpelling()
    {
        var page = Page(Sample(), out _);
        var extra = TomlLib.Parse(TomlLib.FrontMatter(page))["extra"]!.AsObject();

        // TOML puts every key after a [header] into that table, so plain keys come first (in source order), then
        // the tables and arrays of tables (in source order).
        var expected = new[] { "publishDate", "publication_types", "publication", "featured", "url_pdf", "projects", "mode", "ratio", "image", "links", "migrate" };
        Assert.Equal(expected, extra.Select(kv => kv.Key).Where(k => expected.Contains(k)));
        Assert.Equal("2020-09-01T00:00:00Z", (string?)extra["publishDate"]);
        Assert.True((bool)extra["featured"]!);
        Assert.Equal(493, (long)extra["mode"]!);
        Assert.Equal("inf", (string?)extra["ratio"]);
        Assert.Equal("A caption", (string?)extra["image"]!["caption"]);
        Assert.Equal("data.zip", (string?)extra["links"]![1]!["url"]);
        Assert.Empty(extra["projects"]!.AsArray());
    }

    [Fact]
    public void TheUrlCodeNullIsACommentAndIsListedInNullKeys()
    {
        var page = Page(Sample(), out _);
        var toml = TomlLib.Parse(TomlLib.FrontMatter(page));

        Assert.Null(toml["extra"]!["url_code"]);
        Assert.Contains("# url_code = (null in source; TOML has no null)", page);
        Assert.Equal(new[] { "url_code" }, toml["extra"]!["migrate"]!["null_keys"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void NormalisedFieldsAreUnderExtraMigrate()
    {
        var page = Page(Sample(), out _);
        var migrate = TomlLib.Parse(TomlLib.FrontMatter(page))["extra"]!["migrate"]!;

        Assert.Equal("article-journal", (string?)migrate["csl_type"]);
        Assert.Equal("https://doi.org/10.1234/abc", (string?)migrate["doi_url"]);
        Assert.Equal("Equal contribution", (string?)migrate["authors"]![0]!["note"]);
        Assert.Equal("admin", (string?)migrate["authors"]![0]!["raw"]);
        Assert.Equal("summary", (string?)migrate["source_keys"]!["description"]);
    }

    [Fact]
    public void TagsAndCategoriesBecomeTaxonomiesAndThePublicationTypesOnlyWhenTheSiteDeclaresThem()
    {
        var plain = TomlLib.Parse(TomlLib.FrontMatter(Page(Sample(), out _)));
        Assert.Equal(new[] { "ml", "graphs" }, plain["taxonomies"]!["tags"]!.AsArray().Select(n => (string?)n));
        Assert.Null(plain["taxonomies"]!["publication_types"]);
        Assert.NotNull(plain["extra"]!["publication_types"]);

        var config = new SiteConfig();
        config.Taxonomies["tag"] = "tags";
        config.Taxonomies["publication_type"] = "publication_types";
        config.Taxonomies["author"] = "authors";
        var academic = TomlLib.Parse(TomlLib.FrontMatter(Page(Sample(), out _, config)));
        Assert.Equal(new[] { "2" }, academic["taxonomies"]!["publication_types"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(new[] { "Ada Admin", "Bo Example" }, academic["taxonomies"]!["authors"]!.AsArray().Select(n => (string?)n));
        Assert.Null(academic["extra"]!["publication_types"]);
    }

    [Fact]
    public void AnEmptyTaxonomyTermIsACommentAndAWarning()
    {
        var p = Publication(Map(("title", Str("T")), ("tags", Seq(Str("ok"), Str("  ")))));
        p.Title = "T";
        var page = Page(p, out var bag);
        var toml = TomlLib.Parse(TomlLib.FrontMatter(page));

        Assert.Equal(new[] { "ok" }, toml["taxonomies"]!["tags"]!.AsArray().Select(n => (string?)n));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.ValueNotRepresentable && d.Message.Contains("tags[1]"));
    }

    [Fact]
    public void EveryCommentOfTheSourceAppearsInTheToml()
    {
        var root = Map(
            ("title", Str("T")),
            ("tags", Seq(Str("a"), Str("b"))),
            ("image", Map(("caption", Str("c")), ("focal_point", Str("")))),
            ("url_slides", Null()),
            ("links", Seq(Map(("name", Str("n")), ("url", Str("u"))))));
        var comments = new List<string>();
        CommentLine Add(string text)
        {
            comments.Add(text);
            return C(text);
        }
        root.Entries[0].LeadingComments.Add(Add("# leading on title"));
        root.Entries[0].TrailingComment = Add("# trailing on title");
        root.Entries[1].LeadingComments.Add(Add("# Tags (moves to [taxonomies])"));
        var tags = (FrontMatterSequence)root.Entries[1].Value;
        tags.Items[0].LeadingComments.Add(Add("# before item a"));
        tags.Items[1].TrailingComment = Add("# after item b");
        tags.EndComments.Add(Add("# end of tags"));
        var image = (FrontMatterMapping)root.Entries[2].Value;
        root.Entries[2].LeadingComments.Add(Add("# Featured image"));
        root.Entries[2].TrailingComment = Add("# trailing on image:");
        image.Entries[1].LeadingComments.Add(Add("# Options: Smart, Center"));
        image.EndComments.Add(Add("# end of image"));
        root.Entries[3].LeadingComments.Add(Add("# slides below"));
        root.Entries[3].TrailingComment = Add("# null trailing");
        var links = (FrontMatterSequence)root.Entries[4].Value;
        links.Items[0].LeadingComments.Add(Add("# first link"));
        ((FrontMatterMapping)links.Items[0].Value).Entries[1].TrailingComment = Add("# on url");
        var p = Publication(root);
        p.Title = "T";
        var doc = p.FrontMatter!;
        doc.EndComments.Add(Add("# end of front matter"));
        doc.EndComments.Add(Add("#url_code: ''"));

        var page = Page(p, out _);
        var fm = TomlLib.FrontMatter(page);
        TomlLib.Parse(fm);

        var outputComments = fm.Split('\n').Where(l => l.Contains('#')).ToList();
        Assert.All(comments, c => Assert.Contains(outputComments, l => l.Contains(c, StringComparison.Ordinal)));
        Assert.Equal(comments.Count, comments.Count(c => fm.Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void ACommentOnAKeyThatMovesToTaxonomiesTravelsWithIt()
    {
        var root = Map(("title", Str("T")), ("tags", Seq(Str("a"))));
        root.Entries[1].LeadingComments.Add(C("# the tags"));
        var p = Publication(root);
        p.Title = "T";
        var fm = TomlLib.FrontMatter(Page(p, out _));

        var lines = fm.Split('\n');
        var at = Array.IndexOf(lines, "# the tags");
        Assert.True(at >= 0, fm);
        Assert.StartsWith("tags = ", lines[at + 1], StringComparison.Ordinal);
        Assert.Contains("[taxonomies]", lines[..at]);
    }

    [Theory]
    [InlineData("publication/journal_article/index.md", "/publication/journal_article/")]
    [InlineData("publication/Mixed.Case/index.md", "/publication/mixed.case/")]
    [InlineData("publication/été-2020/index.md", "/publication/%C3%A9t%C3%A9-2020/")]
    public void APageWhoseZolaUrlWouldDifferFromHugosGetsHugosPath(string contentPath, string hugoUrl)
    {
        var p = Publication(Map(("title", Str("T"))), source: Source(contentPath));
        p.Title = "T";
        p.HugoUrl = hugoUrl;
        var toml = TomlLib.Parse(TomlLib.FrontMatter(Page(p, out _)));

        Assert.Equal(Uri.UnescapeDataString(hugoUrl), (string?)toml["path"]);
    }

    [Fact]
    public void APageWhoseZolaUrlAlreadyMatchesHasNoPath()
    {
        var p = Publication(Map(("title", Str("T"))), source: Source("publication/simple-2020/index.md"));
        p.Title = "T";
        var toml = TomlLib.Parse(TomlLib.FrontMatter(Page(p, out _)));

        Assert.Null(toml["path"]);
    }

    [Fact]
    public void ASingleFileSourceBecomesABundle()
    {
        var p = Publication(Map(("title", Str("T"))), source: Source("publication/old-style.md", SourceKind.SingleFile));
        p.Title = "T";
        var (files, _) = Run(new[] { p });

        Assert.Contains(files, f => f.RelativePath == "content/publication/old-style/index.md");
    }

    public static TheoryData<HugoDate, string> Dates => new()
    {
        { new HugoDate("2020-08-10", new DateTimeOffset(2020, 8, 10, 0, 0, 0, TimeSpan.Zero), false, false) { CalendarDay = new DateOnly(2020, 8, 10) }, "2020-08-10" },
        { new HugoDate("2020-08-10T13:45:00+02:00", new DateTimeOffset(2020, 8, 10, 13, 45, 0, TimeSpan.FromHours(2)), true, true), "2020-08-10 13:45:00+02:00" },
        { new HugoDate("2020-08-10T13:45:00Z", new DateTimeOffset(2020, 8, 10, 13, 45, 0, TimeSpan.Zero), true, true), "2020-08-10 13:45:00+00:00" },
        { new HugoDate("2020-08-10 13:45:00", new DateTimeOffset(2020, 8, 10, 13, 45, 0, TimeSpan.FromHours(-5)), true, false), "2020-08-10 13:45:00-05:00" },
        { new HugoDate("2020-08-10T13:45:00.5-03:30", new DateTimeOffset(2020, 8, 10, 13, 45, 0, 500, TimeSpan.FromMinutes(-210)), true, true), "2020-08-10 13:45:00.500000-03:30" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TheDateIsATomlDateAtHugosInstant(HugoDate date, string tomllibText)
    {
        var p = Publication(Map(("title", Str("T")), ("date", Plain(date.Raw, ScalarKind.Timestamp))));
        p.Title = "T";
        p.Date = date;
        var toml = TomlLib.Parse(TomlLib.FrontMatter(Page(p, out _)));

        Assert.Equal(tomllibText, (string?)toml["date"]);
    }

    [Fact]
    public void LastmodBecomesUpdatedAndPublishDateStaysInExtra()
    {
        var p = Publication(Map(("title", Str("T")), ("lastmod", Plain("2021-01-02T03:04:05Z", ScalarKind.Timestamp)), ("publishDate", Plain("2020-01-01", ScalarKind.Timestamp))));
        p.Title = "T";
        p.Lastmod = new HugoDate("2021-01-02T03:04:05Z", new DateTimeOffset(2021, 1, 2, 3, 4, 5, TimeSpan.Zero), true, true);
        var toml = TomlLib.Parse(TomlLib.FrontMatter(Page(p, out _)));

        Assert.Equal("2021-01-02 03:04:05+00:00", (string?)toml["updated"]);
        Assert.Equal("2020-01-01", (string?)toml["extra"]!["publishDate"]);
    }

    [Fact]
    public void ADuplicateKeyHugoIgnoresIsAComment()
    {
        var root = Map(("title", Str("T")), ("note", Str("first")), ("note", Str("second")));
        var p = Publication(root);
        p.Title = "T";
        var page = Page(p, out var bag);
        var toml = TomlLib.Parse(TomlLib.FrontMatter(page));

        Assert.Equal("second", (string?)toml["extra"]!["note"]);
        Assert.Contains("# note = \"first\"", page);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.ShadowedKeyCommentedOut && d.Line == 3);
    }

    [Fact]
    public void AnotherLanguageBecomesIndexLangMdBesideTheDefaultAndIsDeclared()
    {
        var config = new SiteConfig { DefaultLanguage = "en" };
        var en = Publication(Map(("title", Str("T"))), source: Source("publication/x/index.md", language: "en"));
        var de = Publication(Map(("title", Str("T-de"))), source: Source("publication/x/index.md", language: "de"));
        en.Title = "T";
        de.Title = "T-de";
        de.HugoUrl = "/de/publication/x/";
        var (files, _) = Run(new[] { en, de }, config);

        Assert.Contains(files, f => f.RelativePath == "content/publication/x/index.md");
        var deToml = TomlLib.Parse(TomlLib.FrontMatter(Text(files, "content/publication/x/index.de.md")));
        Assert.Null(deToml["path"]);
        var zolaConfig = TomlLib.Parse(Text(files, "zola.toml"));
        Assert.Equal("en", (string?)zolaConfig["default_language"]);
        Assert.NotNull(zolaConfig["languages"]!["de"]);
        Assert.Contains(files, f => f.RelativePath == "content/publication/_index.de.md");
    }

    [Fact]
    public void TheSectionSortsByDateOnlyWhenEveryPageHasADate()
    {
        var dated = Publication(Map(("title", Str("A"))), source: Source("publication/a/index.md"));
        dated.Date = new HugoDate("2020-01-01", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), false, false);
        var undated = Publication(Map(("title", Str("B"))), source: Source("publication/b/index.md"));

        var both = TomlLib.Parse(TomlLib.FrontMatter(Text(Run(new[] { dated, undated }).Files, "content/publication/_index.md")));
        var one = TomlLib.Parse(TomlLib.FrontMatter(Text(Run(new[] { dated }).Files, "content/publication/_index.md")));

        Assert.Null(both["sort_by"]);
        Assert.Equal("date", (string?)one["sort_by"]);
    }

    [Fact]
    public void TheConfigDeclaresEveryTaxonomyAPageUses()
    {
        var p = Sample();
        var (files, _) = Run(new[] { p });
        var config = TomlLib.Parse(Text(files, "zola.toml"));

        Assert.Equal(new[] { "tags" }, config["taxonomies"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.Contains(files, f => f.RelativePath == "templates/taxonomy_single.html");
    }

    [Fact]
    public void JunkResourcesAreSkippedNestedFilesAreFlattenedAndFilesWithoutExtensionAreReported()
    {
        var p = Publication(Map(("title", Str("T"))));
        p.Resources.Add(new BundleResource("cite.bib", "/src/cite.bib", 10, "text/x-bibtex", "text", null));
        p.Resources.Add(new BundleResource(".DS_Store", "/src/.DS_Store", 10, "application/octet-stream", "other", "macOS folder metadata"));
        p.Resources.Add(new BundleResource("data/LICENSE", "/src/data/LICENSE", 10, "application/octet-stream", "other", null));
        var (files, bag) = Run(new[] { p });

        Assert.Contains(files, f => f.RelativePath == "content/publication/test-paper/cite.bib" && f.CopyFrom == "/src/cite.bib");
        Assert.DoesNotContain(files, f => f.RelativePath.EndsWith(".DS_Store", StringComparison.Ordinal));
        // The shared resource rule flattens nested folders (README "Body conversion", Resources).
        Assert.Contains(files, f => f.RelativePath == "content/publication/test-paper/LICENSE" && f.CopyFrom == "/src/data/LICENSE");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.AssetSkippedByTarget && d.Message.Contains("data/LICENSE"));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.JunkResource && d.Message.Contains(".DS_Store"));
    }

    [Fact]
    public void ANonPortableFileNameTravelsRenamedAndEveryReferenceFollowsExceptTheSourceKeysThemselves()
    {
        var p = Publication(Map(("title", Str("T")), ("url_pdf", Str("My Paper: final.pdf"))),
            "Read [the paper](My%20Paper:%20final.pdf) or ![fig](./figs/plot.png).\n");
        p.Resources.Add(new BundleResource("My Paper: final.pdf", "/src/My Paper: final.pdf", 10, "application/pdf", "document", null));
        p.Resources.Add(new BundleResource("figs/plot.png", "/src/figs/plot.png", 10, "image/png", "image", null));
        p.Links.Add(new PublicationLink("pdf", null, "My Paper: final.pdf", null, null, "url_pdf", true));
        var (files, bag) = Run(new[] { p });
        var page = Text(files, "content/publication/test-paper/index.md");
        var toml = TomlLib.Parse(TomlLib.FrontMatter(page));

        Assert.Contains(files, f => f.RelativePath == "content/publication/test-paper/My-Paper-final.pdf");
        Assert.Contains(files, f => f.RelativePath == "content/publication/test-paper/plot.png");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.NonPortableFileName);
        Assert.EndsWith("Read [the paper](My-Paper-final.pdf) or ![fig](plot.png).\n", page, StringComparison.Ordinal);
        // The source key keeps its value (lossless); the normalised link names the file that was written.
        Assert.Equal("My Paper: final.pdf", (string?)toml["extra"]!["url_pdf"]);
        Assert.Equal("My-Paper-final.pdf", (string?)toml["extra"]!["migrate"]!["links"]![0]!["url"]);
        Assert.Equal("My-Paper-final.pdf", (string?)toml["extra"]!["migrate"]!["renamed_files"]!["My Paper: final.pdf"]);
        Assert.Equal("plot.png", (string?)toml["extra"]!["migrate"]!["renamed_files"]!["figs/plot.png"]);
    }

    [Fact]
    public void AFolderNameNoOutputPathMayHoldIsWrittenWithADashAndKeepsHugosUrl()
    {
        var p = Publication(Map(("title", Str("T"))), source: Source("publication/Deep Things: A Study/index.md"));
        p.HugoUrl = "/publication/deep-things:-a-study/";
        var (files, bag) = Run(new[] { p });
        var toml = TomlLib.Parse(TomlLib.FrontMatter(Text(files, "content/publication/Deep Things- A Study/index.md")));

        Assert.All(files, f => Assert.Null(Migrate.Core.Planning.OutputPaths.Validate(f.RelativePath)));
        // Zola would serve the folder at /publication/deep-things-a-study/, so Hugo's URL needs a path.
        Assert.Equal("/publication/deep-things:-a-study/", (string?)toml["path"]);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.OutputNameChanged);
    }

    [Fact]
    public void HugoShortcodesInTheBodyAreTranslatedAndPageReferencesBecomeZolaInternalLinks()
    {
        var a = Publication(Map(("title", Str("A"))),
            "{{% callout note %}}\nMind the *gap*.\n{{% /callout %}}\n\nSee [B]({{< relref \"/publication/b\" >}}), {{< cite page=\"b\" >}} and [old](/publication/b/).\n",
            Source("publication/a/index.md"));
        var b = Publication(Map(("title", Str("B"))), "B.\n", Source("publication/b/index.md"));
        var (files, bag) = Run(new[] { a, b });
        var body = Text(files, "content/publication/a/index.md").Split("+++\n")[2];

        Assert.DoesNotContain("{{<", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{%", body, StringComparison.Ordinal);
        Assert.Contains("<div class=\"callout callout-note\">", body, StringComparison.Ordinal);
        Assert.Contains("Mind the *gap*.", body, StringComparison.Ordinal);
        Assert.Contains("[B](@/publication/b/index.md)", body, StringComparison.Ordinal);
        Assert.Contains("), [b](@/publication/b/index.md) and", body, StringComparison.Ordinal);
        Assert.Contains("[old](@/publication/b/index.md)", body, StringComparison.Ordinal);
        Assert.DoesNotContain(bag.Items, d => d.Code is DiagnosticCodes.ShortcodeNotConverted or DiagnosticCodes.BrokenPageReference);
    }

    [Fact]
    public void AReferenceToAPageThatIsNotConvertedIsReportedAndNoBrokenInternalLinkIsWritten()
    {
        var a = Publication(Map(("title", Str("A"))), "See [gone]({{< ref \"/publication/gone\" >}}).\n");
        var (files, bag) = Run(new[] { a });
        var page = Text(files, "content/publication/test-paper/index.md");

        Assert.DoesNotContain("@/", page, StringComparison.Ordinal);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.BrokenPageReference && d.Path == "content/publication/test-paper/index.md");
    }

    [Fact]
    public void ARefInATranslationLinksToTheTranslationOfTheTarget()
    {
        var config = new SiteConfig { DefaultLanguage = "en" };
        var enA = Publication(Map(("title", Str("A"))), "{{< ref \"b\" >}}\n", Source("publication/a/index.md", language: "en"));
        var deA = Publication(Map(("title", Str("A"))), "{{< ref \"b\" >}}\n", Source("publication/a/index.md", language: "de"));
        var enB = Publication(Map(("title", Str("B"))), "", Source("publication/b/index.md", language: "en"));
        var deB = Publication(Map(("title", Str("B"))), "", Source("publication/b/index.md", language: "de"));
        deA.HugoUrl = "/de/publication/a/";
        deB.HugoUrl = "/de/publication/b/";
        var (files, _) = Run(new[] { enA, deA, enB, deB }, config);

        Assert.EndsWith("+++\n@/publication/b/index.md\n", Text(files, "content/publication/a/index.md"), StringComparison.Ordinal);
        Assert.EndsWith("+++\n@/publication/b/index.de.md\n", Text(files, "content/publication/a/index.de.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> [!NOTE]\n> Keep this.\n", true)]
    [InlineData("```\n> [!NOTE]\n```\n", false)]
    [InlineData("Plain.\n", false)]
    public void GithubAlertsTurnOnZolasGithubAlertsInTheConfig(string body, bool expected)
    {
        var (files, _) = Run(new[] { Publication(Map(("title", Str("T"))), body) });
        var config = TomlLib.Parse(Text(files, "zola.toml"));

        Assert.Equal(expected, (bool?)config["markdown"]?["github_alerts"] ?? false);
        Assert.EndsWith("+++\n" + body, Text(files, "content/publication/test-paper/index.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void LiteralZolaShortcodeSyntaxInTheBodyIsEscaped()
    {
        var body = "Try `{{ youtube(id=\"x\") }}` and {% note(kind='a') %}inside{% end %}.\n";
        var page = Text(Run(new[] { Publication(Map(("title", Str("T"))), body) }).Files, "content/publication/test-paper/index.md");

        // Zola's own escaped forms (targets doc §5), which Zola prints as the original text.
        Assert.EndsWith("+++\nTry `{{/* youtube(id=\"x\") */}}` and {%/* note(kind='a') */%}inside{%/* end */%}.\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBodyIsKeptByteForByteAfterTheFrontMatter()
    {
        var body = "\r\nLine one.\r\n\r\n$x_1$ and `code` and <!--more-->\r\nno final newline";
        var p = Publication(Map(("title", Str("T"))), body);
        var page = Page(p, out _);

        Assert.EndsWith("+++\n" + body, page, StringComparison.Ordinal);
    }
}
