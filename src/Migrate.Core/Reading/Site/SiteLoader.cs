using Migrate.Core.Diagnostics;

namespace Migrate.Core.Reading.Site;

/// <summary>Finds the site root, reads its config and author profiles, and lists publication pages (owner: helper "site").</summary>
public static class SiteLoader
{
    /// <summary>
    /// <paramref name="inputPath"/> is a site root, its <c>content/</c> folder, a section folder, one bundle folder
    /// or one page file. <paramref name="sections"/> are the section names to convert (default
    /// <c>publication</c>, <c>publications</c>). Skipped files get a diagnostic saying why.
    /// </summary>
    public static SiteLoadResult Load(string inputPath, IReadOnlyList<string> sections, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
