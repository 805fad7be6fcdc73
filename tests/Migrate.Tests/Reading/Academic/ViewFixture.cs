using System.Globalization;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Reading.Academic;

namespace Migrate.Tests.Reading.Academic;

/// <summary>
/// Populates a publication's typed view from a hand-built tree, with simple fakes for Hugo's urlize and date reading
/// (the real ones belong to other work streams).
/// </summary>
internal static class ViewFixture
{
    /// <summary>Enough of urlize for the names used in these tests: lower-case, spaces to hyphens.</summary>
    public static string FakeUrlize(string text) => text.Trim().ToLowerInvariant().Replace(' ', '-');

    public static HugoDate FakeReadDate(FrontMatterScalar scalar, TimeZoneInfo zone, FrontMatterFormat format)
    {
        var ok = DateTimeOffset.TryParse(scalar.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        return new HugoDate(scalar.Value, ok ? value : null, scalar.Value.Contains('T'), scalar.Value.EndsWith('Z'));
    }

    public static readonly PublicationViewServices Services = new(FakeUrlize, FakeReadDate);

    public static PublicationSource Source(
        string contentPath = "publication/test-paper/index.md",
        SourceKind kind = SourceKind.LeafBundle,
        string? language = null)
    {
        var segments = contentPath.Split('/');
        var slug = kind == SourceKind.LeafBundle ? segments[^2] : Path.GetFileNameWithoutExtension(segments[^1]);
        return new PublicationSource("/nowhere/site/content/" + contentPath, "content/" + contentPath, contentPath, segments[0], slug, language, kind);
    }

    public static SiteContext Site(SiteConfig? config = null, IReadOnlyDictionary<string, AuthorProfile>? authors = null) =>
        new("/nowhere/site", config ?? new SiteConfig(), authors ?? new Dictionary<string, AuthorProfile>());

    public static BundleResource Resource(string name, string resourceType) =>
        new(name, "/nowhere/site/content/publication/test-paper/" + name, 100, resourceType == "image" ? "image/jpeg" : "application/octet-stream", resourceType, null);

    public static (Publication Publication, IReadOnlyList<Diagnostic> Diagnostics) Populate(
        FrontMatterMapping root,
        SiteContext? site = null,
        PublicationSource? source = null,
        IEnumerable<BundleResource>? resources = null,
        HugoPageView? hugo = null)
    {
        var publication = new Publication
        {
            Source = source ?? Source(),
            FrontMatter = new FrontMatterDocument(FrontMatterFormat.Yaml, root),
        };
        publication.Hugo = hugo;
        if (resources is not null)
        {
            publication.Resources.AddRange(resources);
        }
        var bag = new DiagnosticBag();
        PublicationViewBuilder.Populate(publication, site ?? Site(), bag, Services, TimeZoneInfo.Utc);
        return (publication, bag.Items);
    }

    /// <summary>A minimal publication front matter (title, one author, one type) with extra entries appended.</summary>
    public static FrontMatterMapping Minimal(params (string Key, FrontMatterNode Value)[] extra) =>
        Tree.Map(new (string, FrontMatterNode)[] { ("title", Tree.Str("A Paper")), ("authors", Tree.Strs("Ann Example")), ("publication_types", Tree.Strs("2")) }
            .Concat(extra).ToArray());
}
