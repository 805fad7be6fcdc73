using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Tests.TestSupport;

/// <summary>Hand-built publications and sites (invented names and text) for writer, pipeline and CLI tests.</summary>
public static class SamplePublications
{
    public static PublicationSource Source(string slug, string section = "publication") => new(
        FullPath: $"/nowhere/site/content/{section}/{slug}/index.md",
        SitePath: $"content/{section}/{slug}/index.md",
        ContentPath: $"{section}/{slug}/index.md",
        Section: section,
        Slug: slug,
        Language: null,
        Kind: SourceKind.LeafBundle);

    /// <summary>Every typed field set, a lossless tree, Hugo's view, resources, a warning.</summary>
    public static Publication Rich(string slug = "quill-2020")
    {
        var p = new Publication
        {
            Source = Source(slug),
            FrontMatter = SampleTrees.Rich(),
            Body = "Some **body** text.\r\n\r\n{{< cite page=\"x\" >}}\r\n",
            FrontMatterBlock = "---\n...\n---\n",
            HadBom = true,
            NewLine = "\r\n",
            Title = "Tidal Clocks in Small Lakes",
            Date = new HugoDate("2020-08-10", new DateTimeOffset(2020, 8, 10, 0, 0, 0, TimeSpan.Zero), false, false) { CalendarDay = new DateOnly(2020, 8, 10) },
            PublishDate = new HugoDate("2021-01-02T03:04:05.5+02:00", new DateTimeOffset(2021, 1, 2, 3, 4, 5, 500, TimeSpan.FromHours(2)), true, true),
            Lastmod = new HugoDate("not a date", null, false, false),
            Draft = false,
            Venue = new Venue("*Journal of Invented Results*", "JIR", "12", "3", "45-67", "Nobody Press"),
            Abstract = "We measure nothing, carefully.",
            Summary = "Short.",
            Doi = "10.1234/abc.5678",
            Slides = "example-slides",
            Featured = true,
            Image = new FeaturedImage("featured.png", "A caption", "Smart", false, "alt"),
            Weight = 3,
            CiteBib = "@article{quill2020,\n  title={Tidal Clocks}\n}\n",
            HugoUrl = "/publication/quill-2020/",
            Hugo = new HugoPageView(
                "Tidal Clocks in Small Lakes",
                "2020-08-10T00:00:00Z",
                "2021-01-02T03:04:05+02:00",
                "2020-08-10T00:00:00Z",
                "0001-01-01T00:00:00Z",
                false,
                new JsonObject { ["title"] = "Tidal Clocks in Small Lakes", ["tags"] = new JsonArray("Source Themes", "limnology"), ["draft"] = false }),
        };
        p.Authors.Add(new AuthorEntry("admin", "admin", "Ada Quill", "content/authors/admin/_index.md", "Equal contribution"));
        p.Authors.Add(new AuthorEntry("Bo Tern*", "bo-tern", "Bo Tern*", null, null));
        p.PublicationTypes.Add(new PublicationTypeValue("2", "article-journal", "Journal article"));
        p.PublicationTypes.Add(new PublicationTypeValue("0", null, "Uncategorized"));
        p.Links.Add(new PublicationLink("pdf", null, "paper.pdf", null, null, "url_pdf", true));
        p.Links.Add(new PublicationLink("custom", "Poster", "https://example.invalid/poster", "chalkboard", "fas", "links[0]", false));
        p.Tags.AddRange(new[] { "Source Themes", "limnology" });
        p.Categories.Add("Demo");
        p.Projects.Add("internal-project");
        p.Resources.Add(new BundleResource("featured.png", "/nowhere/featured.png", 1234, "image/png", "image", null));
        p.Resources.Add(new BundleResource(".DS_Store", "/nowhere/.DS_Store", 6148, "application/octet-stream", "other", "macOS Finder metadata"));
        p.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidDate, "content/publication/quill-2020/index.md", 12, "lastmod 'not a date' is not a date Hugo can read", 10));
        return p;
    }

    /// <summary>Only the source: what a page whose front matter could not be read looks like.</summary>
    public static Publication Minimal(string slug = "broken")
    {
        var p = new Publication { Source = Source(slug) with { Kind = SourceKind.SingleFile, Language = "de" } };
        p.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntaxError, p.Source.SitePath, 3, "mapping values are not allowed here", 7));
        return p;
    }

    public static SiteContext Site(string rootPath = "/nowhere/my-site")
    {
        var config = new SiteConfig
        {
            DefaultLanguage = "en",
            TimeZone = "Europe/Berlin",
            PublicationTypeLegend = new List<string> { "Uncategorized", "Conference paper", "Journal article" },
        };
        config.Languages.Add(new SiteLanguage("en", 1, false, new[] { "content" }, Array.Empty<string>()));
        config.Languages.Add(new SiteLanguage("de", 2, false, new[] { "content/de" }, new[] { "**/drafts/**" }));
        config.Taxonomies["tag"] = "tags";
        config.Taxonomies["category"] = "categories";
        config.Taxonomies["author"] = "authors";
        return new SiteContext(rootPath, config, new Dictionary<string, AuthorProfile>());
    }
}
