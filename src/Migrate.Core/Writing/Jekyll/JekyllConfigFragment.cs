using System.Text;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// The <c>_config.yml</c> fragment the plain flavour writes next to <c>_publications/</c>. A fragment, not a full
/// config: the output is meant to be dropped into an existing Jekyll site, and overwriting its <c>_config.yml</c>
/// would lose the user's settings. Use it as is with <c>jekyll build --config _config.yml,_config.publications.yml</c>
/// (Jekyll deep-merges the files) or paste it into <c>_config.yml</c>.
/// </summary>
internal static class JekyllConfigFragment
{
    public static string Build(JekyllFlavor flavor, IReadOnlyCollection<string> includeNames, string newLine)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append(newLine);
        var academicPages = flavor == JekyllFlavor.AcademicPages;
        Line(academicPages ? "# Written by migrate (Hugo Academic -> Jekyll, academicpages flavour)." : "# Written by migrate (Hugo Academic -> Jekyll, plain flavour).");
        Line("# Merge into your _config.yml, or build with: jekyll build --config _config.yml,_config.publications.yml");
        Line("#");
        Line("# Every document in _publications sets its own permalink (Hugo's URL), so the collection permalink below");
        Line("# only applies to documents you add later. Dates are written as calendar days ('2020-08-10') or wall-clock");
        Line("# times without offset ('2020-08-10 14:30:00'), so any 'timezone' shows the same day Hugo showed.");
        Line("collections:");
        Line("  publications:");
        Line("    output: true");
        Line(academicPages ? "    permalink: /:collection/:path/" : "    permalink: /publication/:title/");
        Line("# Publications dated in the future are built (Jekyll's default would list them but write no page).");
        Line("future: true");
        if (includeNames.Count > 0)
        {
            Line("# Bundle files whose names Jekyll would otherwise skip (leading '_', '.', '#', or trailing '~').");
            Line("include:");
            foreach (var name in includeNames.Order(StringComparer.Ordinal))
            {
                Line("  - \"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
            }
        }
        if (academicPages)
        {
            Line("# academicpages lists a publication only when its 'category' is a key here (migrate writes one of the three).");
            Line("publication_category:");
            Line("  books:");
            Line("    title: 'Books'");
            Line("  manuscripts:");
            Line("    title: 'Journal Articles'");
            Line("  conferences:");
            Line("    title: 'Conference Papers'");
            return sb.ToString();
        }
        Line("# Suggested: a layout for publications, e.g.");
        Line("# defaults:");
        Line("#   - scope: {path: \"\", type: publications}");
        Line("#     values: {layout: publication}");
        return sb.ToString();
    }

    /// <summary>
    /// The al-folio fragment: only the <c>scholar:</c> names that mark the site owner. Jekyll deep-merges config files,
    /// so al-folio's own <c>scholar:</c> settings (<c>source</c>, <c>bibliography: papers.bib</c>, ...) stay in force.
    /// </summary>
    public static string BuildAlFolio(AlFolio.ScholarOwner? owner, string newLine)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append(newLine);
        Line("# Written by migrate (Hugo Academic -> Jekyll, al-folio flavour).");
        Line("# Merge into al-folio's _config.yml, or build with: jekyll build --config _config.yml,_config.publications.yml");
        Line("# Publications are the entries of _bibliography/papers.bib (al-folio's default scholar.bibliography);");
        Line("# their PDFs are in assets/pdf/ and their preview images in assets/img/publication_preview/.");
        Line("# Preview images show only with 'enable_publication_thumbnails: true'.");
        if (owner is null)
        {
            Line("# No site owner was found (no 'admin' or 'me' author profile with a name). To mark yourself in author");
            Line("# lists, set every spelling of your names, e.g.:");
            Line("# scholar:");
            Line("#   last_name: [\"Einstein\"]");
            Line("#   first_name: [\"Albert\", \"A.\"]");
            return sb.ToString();
        }
        Line($"# The site owner (author profile '{owner.Profile}'), marked in author lists; add any other spelling you use.");
        foreach (var line in owner.ConfigLines())
        {
            Line(line);
        }
        return sb.ToString();
    }
}
