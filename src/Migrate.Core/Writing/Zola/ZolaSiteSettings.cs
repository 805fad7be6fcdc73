using Migrate.Core.Model.Site;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// What the Zola writer takes from the Hugo site: the default language (pages in it become <c>index.md</c>,
/// others <c>index.&lt;lang&gt;.md</c>), the taxonomies the site declares (plural names, the page keys Hugo reads;
/// Hugo's <c>tags</c>/<c>categories</c> when the config names none), and the base URL's path, which Hugo puts in
/// front of every URL but Zola's <c>path</c> must not repeat.
/// </summary>
internal sealed record ZolaSiteSettings(
    string DefaultLanguage,
    IReadOnlyList<string> Taxonomies,
    string BasePath,
    string? BaseUrl,
    string? Title)
{
    public static ZolaSiteSettings Default { get; } = new("en", new[] { "tags", "categories" }, "", null, null);

    public static ZolaSiteSettings From(SiteConfig config)
    {
        var taxonomies = config.Taxonomies.Count == 0
            ? new List<string> { "tags", "categories" }
            : config.Taxonomies.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        var basePath = "";
        if (Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri))
        {
            basePath = uri.AbsolutePath.TrimEnd('/');
        }
        return new ZolaSiteSettings(
            string.IsNullOrWhiteSpace(config.DefaultLanguage) ? "en" : config.DefaultLanguage!,
            taxonomies,
            basePath,
            config.BaseUrl,
            config.Title);
    }
}
