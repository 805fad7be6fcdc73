namespace Migrate.Core.Model.Site;

/// <summary>
/// Everything about the site that a single publication needs to be interpreted: the root folder, the config,
/// and author profiles. Built once before bundles are read; immutable afterwards, so bundles can be read in
/// parallel.
/// </summary>
public sealed class SiteContext
{
    public SiteContext(string rootPath, SiteConfig config, IReadOnlyDictionary<string, AuthorProfile> authorsBySlug)
    {
        RootPath = rootPath;
        Config = config;
        AuthorsBySlug = authorsBySlug;
    }

    /// <summary>Absolute path of the site root (the folder holding <c>content/</c> and the config).</summary>
    public string RootPath { get; }

    public SiteConfig Config { get; }

    /// <summary>Author profiles keyed by the urlized slug (see <c>HugoUrlize</c>), default language.</summary>
    public IReadOnlyDictionary<string, AuthorProfile> AuthorsBySlug { get; }

    /// <summary>Per-language author profiles keyed by language code then urlized slug (empty when monolingual).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, AuthorProfile>> AuthorsByLanguage { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, AuthorProfile>>();
}
