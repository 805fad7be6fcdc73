namespace Migrate.Core.Model.Site;

/// <summary>
/// What <c>migrate</c> needs from the Hugo site config (<c>config.*</c>, <c>hugo.*</c>, <c>config/_default/*</c>):
/// languages and where their content lives, <c>timeZone</c>, the numeric <c>publication_types</c> legend of old
/// sites (<c>params.publication_types</c>), taxonomies (singular → plural), permalinks, and the files read.
/// </summary>
public sealed class SiteConfig
{
    public List<string> Files { get; } = new();

    public string? DefaultLanguage { get; set; }

    /// <summary>Whether Hugo puts the default language under a <c>/lang/</c> prefix.</summary>
    public bool DefaultLanguageInSubdir { get; set; }

    public List<SiteLanguage> Languages { get; } = new();

    public string? TimeZone { get; set; }

    /// <summary>The site's own labels for numeric publication types (index = code), when the config defines them.</summary>
    public List<string>? PublicationTypeLegend { get; set; }

    /// <summary>Singular → plural (Hugo's <c>[taxonomies]</c>); Hugo's defaults when the config has none.</summary>
    public Dictionary<string, string> Taxonomies { get; } = new(StringComparer.Ordinal);

    /// <summary>Section → permalink pattern (<c>[permalinks]</c>), e.g. <c>publication = "/publication/:slug/"</c>.</summary>
    public Dictionary<string, string> Permalinks { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? BaseUrl { get; set; }

    public string? Title { get; set; }
}
