using Migrate.Core.Planning;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// One converted page: its planned files (the <c>index[.lang].md</c> first, then its colocated assets), the
/// taxonomies it uses (for the config), whether it has a <c>date</c> (for the section's <c>sort_by</c>), its
/// language, the content folder it lives in, and whether its body keeps GitHub alerts (the config then needs
/// <c>[markdown] github_alerts = true</c>).
/// </summary>
internal sealed record ZolaPage(
    IReadOnlyList<PlannedFile> Files,
    IReadOnlyList<string> TaxonomiesUsed,
    bool HasDate,
    string Language,
    string Folder,
    bool UsesGithubAlerts);
