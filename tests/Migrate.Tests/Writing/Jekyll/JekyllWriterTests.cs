using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Writing.Jekyll;
using Migrate.Tests.Planning;
using static Migrate.Tests.Writing.Jekyll.PublicationBuilder;
using static Migrate.Tests.Writing.Jekyll.TreeBuilder;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Jekyll;

public class JekyllWriterTests
{
    private static string Text(PlannedFile f) => new System.Text.UTF8Encoding(false).GetString(f.Content!);

    private static (List<PlannedFile> Files, DiagnosticBag Bag) WriteOne(Publication p)
    {
        var writer = new JekyllWriter();
        var bag = new DiagnosticBag();
        var files = writer.Write(p, bag).ToList();
        files.AddRange(writer.Complete(new SiteContext("/site", new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag));
        return (files, bag);
    }

    [Fact]
    public void A_publication_becomes_one_flat_document_with_Hugo_URL_as_permalink_and_a_config_fragment()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("Roots", ScalarStyle.DoubleQuoted), 2);
        var p = Make("roots-2020", root, "Body.\n", hugoUrl: "/publication/roots-2020/");

        var (files, _) = WriteOne(p);

        Assert.Equal(["_publications/roots-2020.md", "_config.publications.yml"], files.Select(f => f.RelativePath));
        var doc = Text(files[0]);
        Assert.StartsWith("---\ntitle: \"Roots\"\n", doc);
        Assert.Contains("\npermalink: /publication/roots-2020/\n", doc);
        Assert.EndsWith("---\nBody.\n", doc);
        var config = Text(files[1]);
        Assert.Contains("collections:\n  publications:\n    output: true\n", config);
        Assert.Contains("\nfuture: true\n", config);
    }

    [Fact]
    public void Hugo_keys_Jekyll_reads_differently_are_renamed_and_keep_their_comments()
    {
        var root = new FrontMatterMapping();
        root.Entry("Title", Str("Capital"), 2, "# title comment");
        root.Entry("Date", Str("2020-02-14T00:00:00Z", ScalarStyle.DoubleQuoted), 3, null, "# the paper's date");
        root.Entry("lastmod", Plain("2021-05-06T10:20:30+02:00", ScalarKind.Timestamp), 4);
        root.Entry("draft", Plain("true", ScalarKind.Boolean), 5, "# not yet");
        root.Entry("tags", Str("Machine Learning"), 6);
        root.Entry("aliases", Seq(CollectionStyle.Block, Str("/old/")), 7);
        var p = Make("x", root);
        p.Date = Date("2020-02-14T00:00:00Z");
        p.Lastmod = Date("2021-05-06T10:20:30+02:00");
        p.Draft = true;

        var doc = Text(WriteOne(p).Files[0]);

        Assert.Contains("title: Capital # title comment\n", doc);
        Assert.Contains("# the paper's date\ndate: \"2020-02-14\"\n", doc);
        Assert.Contains("last_modified_at: \"2021-05-06 10:20:30\"\n", doc);
        Assert.Contains("published: false # not yet\n", doc);
        Assert.Contains("tags: [Machine Learning]\n", doc);
        Assert.Contains("redirect_from:\n", doc);
        Assert.DoesNotContain("Date:", doc);
        Assert.DoesNotContain("draft:", doc);
    }

    [Fact]
    public void A_duplicate_key_Hugo_ignored_is_kept_as_a_comment_and_reported()
    {
        var root = new FrontMatterMapping();
        root.Entry("url_pdf", Str("first.pdf"), 2, null, "# first");
        root.Entry("title", Str("T"), 3);
        root.Entry("url_pdf", Str("second.pdf"), 4);
        var p = Make("x", root);

        var (files, bag) = WriteOne(p);
        var doc = Text(files[0]);

        Assert.Contains("# first\n# url_pdf: first.pdf\ntitle: T\nurl_pdf: second.pdf\n", doc);
        var d = Assert.Single(bag.Items, i => i.Code == DiagnosticCodes.ShadowedKeyCommentedOut);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Bundle_files_are_copied_flat_under_portable_names_and_every_reference_follows_the_same_name()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("T"), 2);
        root.Entry("url_pdf", Str("paper.pdf"), 3);
        var links = new FrontMatterMapping();
        links.Entry("url", Str("./data/set v2.csv", ScalarStyle.SingleQuoted), 5);
        root.Entry("links", Seq(CollectionStyle.Block, links), 4);
        var body = "See ![fig](fig.png \"t\") and [pdf](paper.pdf#page=2), <img src=\"fig.png\">, [ext](https://x.org/paper.pdf).\n\n[ref]: data/set%20v2.csv\n";
        var p = Make("x", root, body);
        p.Resources.Add(Resource("x", "paper.pdf"));
        p.Resources.Add(Resource("x", "fig.png"));
        p.Resources.Add(Resource("x", "featured.jpg"));
        p.Resources.Add(Resource("x", "data/set v2.csv"));
        p.Resources.Add(Resource("x", ".DS_Store", junk: "macOS folder metadata"));
        p.Image = new FeaturedImage("featured.jpg", null, null, false);

        var (files, bag) = WriteOne(p);
        var doc = Text(files[0]);

        // ResourcePolicy: folders flattened, 'set v2.csv' made portable, junk not copied (README "Body conversion").
        Assert.Equal(
            ["assets/publications/x/featured.jpg", "assets/publications/x/fig.png", "assets/publications/x/paper.pdf", "assets/publications/x/set-v2.csv"],
            files.Where(f => f.CopyFrom is not null).Select(f => f.RelativePath).Order(StringComparer.Ordinal));
        Assert.Contains("url_pdf: /assets/publications/x/paper.pdf\n", doc);
        Assert.Contains("url: '/assets/publications/x/set-v2.csv'\n", doc);
        Assert.Contains("featured_image: /assets/publications/x/featured.jpg\n", doc);
        Assert.Contains("![fig](/assets/publications/x/fig.png \"t\")", doc);
        Assert.Contains("[pdf](/assets/publications/x/paper.pdf#page=2)", doc);
        Assert.Contains("<img src=\"/assets/publications/x/fig.png\">", doc);
        Assert.Contains("[ext](https://x.org/paper.pdf)", doc);
        Assert.Contains("[ref]: /assets/publications/x/set-v2.csv", doc);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.NonPortableFileName && d.Message.Contains("set-v2.csv"));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.JunkResource);
    }

    [Fact]
    public void Shortcodes_are_translated_by_the_shared_body_conversion_and_unknown_ones_reported_with_file_and_line()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("T"), 2);
        // FrontMatterBlock has 3 lines ("---", "x: y", "---"), so body line 1 is file line 4.
        var p = Make("x", root, "Intro.\n\n{{% callout note %}}\nHi {{< icon name=\"github\" pack=\"fab\" >}}\n{{% /callout %}}\n\n{{< sitewidget 3 >}}\n");

        var (files, bag) = WriteOne(p);
        var doc = Text(files[0]);

        Assert.Contains("<div class=\"callout callout-note\" markdown=\"1\">", doc);
        Assert.Contains("<i class=\"fab fa-github\"", doc);
        Assert.DoesNotContain("{{%", doc);
        var unknown = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.UnknownShortcode);
        Assert.Equal(("content/publication/x/index.md", 10), (unknown.Path, unknown.Line));
        Assert.Contains("{% raw %}{{< sitewidget 3 >}}{% endraw %}", doc);
    }

    [Fact]
    public void A_ref_or_cite_to_a_page_written_later_resolves_to_that_page_Hugo_URL()
    {
        var writer = new JekyllWriter();
        var bag = new DiagnosticBag();
        var first = Make("first", new FrontMatterMapping(), "See [later]({{< ref \"/publication/second\" >}}) and {{< cite page=\"/publication/second\" >}}.\n");
        var second = Make("second", new FrontMatterMapping(), "Text.\n", hugoUrl: "/en/publication/second-paper/");
        var files = writer.Write(first, bag).Concat(writer.Write(second, bag)).ToList();
        files.AddRange(writer.Complete(new SiteContext("/site", new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag));

        Assert.Equal(["_publications/first.md", "_publications/second.md", "_config.publications.yml"], files.Select(f => f.RelativePath));
        var doc = Text(files[0]);
        Assert.Contains("[later](/en/publication/second-paper/)", doc);
        Assert.Contains("(/en/publication/second-paper/)", doc[(doc.IndexOf(" and ", StringComparison.Ordinal))..]);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCodes.BrokenPageReference);
    }

    [Fact]
    public void The_same_slug_twice_gets_a_second_name_and_a_diagnostic()
    {
        var writer = new JekyllWriter();
        var bag = new DiagnosticBag();
        var a = Make("paper", new FrontMatterMapping(), section: "publication");
        var b = Make("paper", new FrontMatterMapping(), section: "publication", language: "zh");
        var c = Make("paper", new FrontMatterMapping(), section: "publication");
        foreach (var p in new[] { a, b, c })
        {
            writer.Write(p, bag);
        }
        var names = writer.Complete(new SiteContext("/site", new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag)
            .Select(f => f.RelativePath).ToList();
        Assert.Equal(["_publications/paper.md", "_publications/paper-zh.md", "_publications/paper-2.md", "_config.publications.yml"], names);
        Assert.Equal(2, bag.Items.Count(d => d.Code == DiagnosticCodes.OutputNameChanged));
    }

    [Fact]
    public void A_TOML_or_JSON_source_is_written_with_YAML_delimiters_and_its_comments()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("T", ScalarStyle.DoubleQuoted), 2, "# toml trailing", "# toml leading");
        var image = new FrontMatterMapping { Style = CollectionStyle.TomlTable };
        image.Entry("caption", Str("c", ScalarStyle.SingleQuoted), 5);
        root.Entry("image", image, 4);
        var p = Make("t", root, format: FrontMatterFormat.Toml);
        p.FrontMatter!.EndComments.Add(new CommentLine("# the end", 6));

        var doc = Text(WriteOne(p).Files[0]);

        Assert.StartsWith("---\n# toml leading\ntitle: \"T\" # toml trailing\nimage:\n  caption: 'c'\n", doc);
        Assert.Contains("# the end\n---\n", doc);
    }

    // Calendar days Hugo shows (the date in its own offset; a value without offset in the site zone) must be the
    // days Jekyll shows, under a site timezone at UTC and at UTC+14.
    public static readonly TheoryData<string, string> HugoDays = new()
    {
        { "2020-02-14", "2020-02-14" },
        { "2020-02-14T00:00:00Z", "2020-02-14" },
        { "2020-02-14T23:30:00-05:00", "2020-02-14" },
        { "2020-02-14T01:00:00+09:00", "2020-02-14" },
        { "2020-02-14T23:59:59Z", "2020-02-14" },
        { "2020-02-14T00:30:00", "2020-02-14" },
    };

    [Theory]
    [InlineData("Etc/UTC")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public void Real_Jekyll_shows_the_calendar_day_Hugo_showed_and_Hugo_URL_whatever_the_site_timezone(string timezone)
    {
        using var site = new TempDirectory();
        var writer = new JekyllWriter();
        var bag = new DiagnosticBag();
        var expected = new Dictionary<string, (string Day, string Url)>();
        var i = 0;
        foreach (var row in HugoDays)
        {
            var raw = (string)row[0];
            var root = new FrontMatterMapping();
            root.Entry("title", Str("Paper " + i), 2);
            root.Entry("date", raw.Length > 10 ? Plain(raw, ScalarKind.Timestamp) : Plain(raw, ScalarKind.Timestamp), 3);
            var p = Make("p" + i, root, "Text {{ not liquid }}\n", hugoUrl: $"/publication/p{i}-hugo/");
            p.Date = Date(raw);
            foreach (var f in writer.Write(p, bag))
            {
                site.Write(f.RelativePath, f.Content!);
            }
            expected["Paper " + i] = ((string)row[1], $"/publication/p{i}-hugo/");
            i++;
        }
        foreach (var f in writer.Complete(new SiteContext("/site", new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag))
        {
            site.Write(f.RelativePath, f.Content!);
        }
        site.Write("_config.yml", $"timezone: {timezone}\n");
        site.Write("_layouts/probe.html", "{{ page.title }}|{{ page.date | date: \"%Y-%m-%d\" }}|{{ page.url }}\n");
        site.Write("_config.probe.yml", "defaults:\n  - scope: {path: \"\"}\n    values: {layout: probe}\n");

        var (code, stdout, stderr) = RealJekyll.Run("jekyll", site.Path, null, "build", "--quiet", "-s", site.Path, "-d", site.Combine("_site"),
            "--config", "_config.yml,_config.publications.yml,_config.probe.yml");
        Assert.True(code == 0, $"jekyll build failed: {stdout}\n{stderr}");

        foreach (var (title, (day, url)) in expected)
        {
            var rendered = File.ReadAllText(site.Combine("_site" + url + "index.html")).Trim();
            Assert.Equal($"{title}|{day}|{url}", rendered);
        }
    }
}
