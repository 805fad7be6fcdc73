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
}
