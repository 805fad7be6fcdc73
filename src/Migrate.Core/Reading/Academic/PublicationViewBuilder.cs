using System.Globalization;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Fills the typed view of a <see cref="Publication"/> from its front-matter tree, with Hugo's lookup rules
/// (keys compared case-insensitively, the last duplicate wins) and the theme's meaning of each field. It only reads
/// the tree: nothing is removed or rewritten there, so writers can still carry every key. Expects
/// <see cref="Publication.Resources"/> (and <see cref="Publication.Hugo"/>, when available) to be filled first.
/// </summary>
public static class PublicationViewBuilder
{
    private static readonly (string Key, Action<Publication, HugoDate> Set)[] DateKeys =
    {
        ("date", (p, d) => p.Date = d),
        ("publishDate", (p, d) => p.PublishDate = d),
        ("lastmod", (p, d) => p.Lastmod = d),
        ("expiryDate", (p, d) => p.ExpiryDate = d),
    };

    public static void Populate(Publication publication, SiteContext site, DiagnosticBag diagnostics) =>
        Populate(publication, site, diagnostics, PublicationViewServices.Default, zone: null);

    /// <summary>The seam for tests and for the reader: Hugo's urlize and date reading come in through <paramref name="services"/>.</summary>
    internal static void Populate(Publication publication, SiteContext site, DiagnosticBag diagnostics, PublicationViewServices services, TimeZoneInfo? zone)
    {
        var path = publication.Source.SitePath;
        var root = publication.FrontMatter?.Root ?? new FrontMatterMapping();
        zone ??= SiteTimeZone.Resolve(site.Config.TimeZone, path, diagnostics);

        // Populating twice gives the same view (only the typed lists are reset; the tree is never touched).
        publication.Authors.Clear();
        publication.PublicationTypes.Clear();
        publication.Links.Clear();
        publication.Tags.Clear();
        publication.Categories.Clear();
        publication.Projects.Clear();

        publication.SkipReason = ListPageDetector.Detect(root);
        if (publication.SkipReason is not null)
        {
            diagnostics.Info(DiagnosticCodes.SkippedListPage, path, null, $"read but not converted: {publication.SkipReason}");
        }

        publication.Title = FrontMatterValues.Text(root.Get("title"));
        if (string.IsNullOrWhiteSpace(publication.Title) && publication.SkipReason is null && publication.FrontMatter is not null)
        {
            diagnostics.Warning(DiagnosticCodes.MissingTitle, path, FrontMatterValues.LineOf(root.Find("title")), "the publication has no title");
        }

        AuthorResolver.Resolve(root, publication.Source.Language, site, services.Urlize, publication.Authors, path, diagnostics);
        ReadDates(publication, root, zone, services, path, diagnostics);
        publication.Draft = FrontMatterValues.ToBool(root.Get("draft"));
        ReadPublicationTypes(publication, root, site, path, diagnostics);
        publication.Venue = ReadVenue(root);

        publication.Abstract = FrontMatterValues.NonBlankText(root.Get("abstract"));
        publication.Summary = FrontMatterValues.NonBlankText(root.Get("summary")) ?? FrontMatterValues.NonBlankText(root.Get("abstract_short"));

        var (doi, doiKey) = ReadDoi(root, path, diagnostics);
        publication.Doi = doi;
        var bundleFolder = publication.Source.Kind == SourceKind.LeafBundle ? publication.Source.Slug : null;
        LinkCollector.Collect(root, doi, doiKey, publication.Resources, bundleFolder, publication.Links, path, diagnostics);

        publication.Tags.AddRange(FrontMatterValues.StringList(root.Get("tags")));
        publication.Categories.AddRange(FrontMatterValues.StringList(root.Get("categories")));
        publication.Projects.AddRange(FrontMatterValues.StringList(root.Get("projects")));
        publication.Slides = ReadSlides(root.Get("slides"));
        publication.Featured = root.Find("featured") is { } featured
            ? FrontMatterValues.ToBool(featured.Value)
            : FrontMatterValues.ToBool(root.Get("selected"));
        publication.Weight = FrontMatterValues.ToInt(root.Get("weight"));
        publication.Image = FeaturedImageResolver.Resolve(root, publication.Resources, path, diagnostics);
        publication.HugoUrl = HugoPermalinkBuilder.Build(publication.Source, root, publication.Title, site.Config, HugoPageDate(publication));
    }

    private static void ReadDates(Publication publication, FrontMatterMapping root, TimeZoneInfo zone, PublicationViewServices services, string path, DiagnosticBag diagnostics)
    {
        // Only the key itself: publishDate is when the page goes live, not the paper's date, so no fallbacks here
        // (Hugo's fallbacks are in the Hugo view).
        foreach (var (key, set) in DateKeys)
        {
            var entry = root.Find(key);
            if (entry is null)
            {
                continue;
            }
            var value = FrontMatterValues.Deref(entry.Value);
            if (value is not FrontMatterScalar scalar)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, FrontMatterValues.LineOf(entry), $"{entry.Key} is not a date; Hugo ignores it");
                continue;
            }
            if (scalar.IsNull || (scalar.Kind == ScalarKind.String && string.IsNullOrWhiteSpace(scalar.Value)))
            {
                continue;
            }
            var date = services.ReadDate(scalar, zone, publication.FrontMatter?.Format ?? FrontMatterFormat.Yaml);
            var line = FrontMatterValues.LineOf(entry);
            // The Hugo view reports the same bad value (with what Hugo takes instead); say it once.
            if (date.Value is null && !diagnostics.Items.Any(d => d.Code == DiagnosticCodes.InvalidDate && d.Path == path && d.Line == line))
            {
                diagnostics.Warning(DiagnosticCodes.InvalidDate, path, line,
                    $"{entry.Key} '{date.Raw}' is not a date Hugo can read; Hugo ignores it");
            }
            set(publication, date);
        }
    }

    private static void ReadPublicationTypes(Publication publication, FrontMatterMapping root, SiteContext site, string path, DiagnosticBag diagnostics)
    {
        var entry = root.Find("publication_types");
        foreach (var (index, text, node) in FrontMatterValues.Items(entry?.Value))
        {
            var line = FrontMatterValues.LineOf(node) ?? FrontMatterValues.LineOf(entry);
            if (node is not FrontMatterScalar)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, line, $"publication_types[{index}] is not a type name; ignored");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            publication.PublicationTypes.Add(PublicationTypeResolver.Resolve(text, site.Config.PublicationTypeLegend, path, line, diagnostics));
        }
    }

    private static Venue? ReadVenue(FrontMatterMapping root)
    {
        var shortName = FrontMatterValues.NonBlankText(root.Get("publication_short"));
        var value = FrontMatterValues.Deref(root.Get("publication"));
        Venue? venue = null;
        if (value is FrontMatterMapping map)
        {
            venue = new Venue(
                FrontMatterValues.NonBlankText(map.Get("name")),
                shortName ?? FrontMatterValues.NonBlankText(map.Get("short_name")),
                FrontMatterValues.NonEmptyText(map.Get("volume")),
                FrontMatterValues.NonEmptyText(map.Get("issue")),
                FrontMatterValues.NonEmptyText(map.Get("pages")),
                FrontMatterValues.NonBlankText(map.Get("publisher")));
        }
        else
        {
            var name = FrontMatterValues.NonBlankText(value);
            if (name is not null || shortName is not null)
            {
                venue = new Venue(name, shortName);
            }
        }
        return venue is { Name: null, ShortName: null, Volume: null, Issue: null, Pages: null, Publisher: null } ? null : venue;
    }

    private static (string? Doi, string? Key) ReadDoi(FrontMatterMapping root, string path, DiagnosticBag diagnostics)
    {
        var entry = root.Find("doi");
        var doi = DoiNormalizer.Normalize(FrontMatterValues.Text(entry?.Value), "doi", path, FrontMatterValues.LineOf(entry), diagnostics);
        if (doi is not null)
        {
            return (doi, "doi");
        }
        var ids = FrontMatterValues.AsMapping(FrontMatterValues.AsMapping(root.Get("hugoblox"))?.Get("ids"));
        var idEntry = ids?.Find("doi");
        doi = DoiNormalizer.Normalize(FrontMatterValues.Text(idEntry?.Value), "hugoblox.ids.doi", path, FrontMatterValues.LineOf(idEntry), diagnostics);
        return (doi, doi is null ? null : "hugoblox.ids.doi");
    }

    // The 2025 builder also accepts a list of deck names (first one used here) and skips a map (Reveal.js options).
    private static string? ReadSlides(FrontMatterNode? node) =>
        FrontMatterValues.Deref(node) switch
        {
            FrontMatterSequence => FrontMatterValues.StringList(node).FirstOrDefault(),
            FrontMatterScalar s => FrontMatterValues.NonEmptyText(s),
            _ => null,
        };

    // Hugo's .Date (with its fallbacks) drives :year/:month/:day permalinks.
    private static DateTimeOffset? HugoPageDate(Publication publication)
    {
        if (publication.Hugo is { } hugo
            && DateTimeOffset.TryParse(hugo.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromHugo))
        {
            return fromHugo;
        }
        return publication.Date?.Value ?? publication.PublishDate?.Value ?? publication.Lastmod?.Value;
    }
}
