using Migrate.Core.Diagnostics;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Normalises a DOI to the bare <c>10.xxxx/…</c> form: trims it and strips resolver prefixes
/// (<c>https://doi.org/</c>, <c>http://dx.doi.org/</c>, <c>doi:</c>, …). The theme renders
/// <c>https://doi.org/{{ doi }}</c>, so a value that already is a URL would be prefixed twice on the site;
/// a value that carried two prefixes (<c>http://dx.doi.org/https://doi.org/10.1016/…</c>) is fixed with a warning.
/// Case is kept (DOIs are case-insensitive, and upper-case importer output stays as written).
/// </summary>
internal static class DoiNormalizer
{
    // Longest first, so "https://dx.doi.org/" is not taken for "https://d…". "https://doi:" is a junk form seen in the wild.
    private static readonly string[] Prefixes =
    {
        "https://dx.doi.org/", "http://dx.doi.org/", "https://doi.org/", "http://doi.org/",
        "https://www.doi.org/", "http://www.doi.org/", "dx.doi.org/", "www.doi.org/", "doi.org/",
        "https://doi:", "http://doi:", "doi:",
    };

    /// <summary>The value without any resolver prefix, and how many prefixes were stripped.</summary>
    public static (string Doi, int PrefixCount) Strip(string value)
    {
        var s = value.Trim();
        var count = 0;
        var stripped = true;
        while (stripped && count < 8)
        {
            stripped = false;
            foreach (var prefix in Prefixes)
            {
                if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[prefix.Length..].TrimStart();
                    count++;
                    stripped = true;
                    break;
                }
            }
        }
        return (s, count);
    }

    /// <summary>
    /// The normalised DOI, or null when <paramref name="value"/> is empty. Emits <c>DoubledDoiPrefix</c> when two
    /// prefixes were stacked and <c>InvalidDoi</c> (keeping the trimmed text) when the rest does not start with <c>10.</c>.
    /// </summary>
    public static string? Normalize(string? value, string key, string path, int? line, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var (doi, prefixes) = Strip(value);
        if (prefixes > 1)
        {
            diagnostics.Warning(DiagnosticCodes.DoubledDoiPrefix, path, line,
                $"{key} '{value.Trim()}' carries the DOI resolver prefix twice; read as '{doi}'");
        }
        if (!doi.StartsWith("10.", StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidDoi, path, line,
                $"{key} '{value.Trim()}' is not a DOI (a DOI starts with '10.'); kept as written");
            return value.Trim();
        }
        return doi;
    }

    /// <summary>
    /// For a link URL: when it is a DOI resolver URL with a second resolver prefix inside
    /// (<c>http://dx.doi.org/https://doi.org/10.x</c>), the fixed <c>https://doi.org/10.x</c>; else null.
    /// </summary>
    public static string? FixDoubledResolverUrl(string url)
    {
        var (doi, prefixes) = Strip(url);
        return prefixes > 1 && doi.StartsWith("10.", StringComparison.Ordinal) ? "https://doi.org/" + doi : null;
    }
}
