namespace Migrate.Core.Model.Publications;

/// <summary>
/// One entry of <c>publication_types</c>: the raw value, its CSL type (null when there is no CSL equivalent,
/// e.g. <c>"0"</c>, or the value is unknown), and the label the site would show (from the site's own legend
/// for old numeric sites, else the theme's English label).
/// </summary>
public sealed record PublicationTypeValue(string Raw, string? Csl, string? Label);
