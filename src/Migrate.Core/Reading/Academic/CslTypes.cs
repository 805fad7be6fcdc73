using System.Text;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// The CSL vocabulary (<c>citation-style-language/schema</c> <c>csl-data.json</c>, 45 types), the official
/// numeric → CSL table (the i18n renames of HugoBlox commit 60baebf4) and the theme's English labels.
/// </summary>
internal static class CslTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
        "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
        "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
        "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    };

    /// <summary>Index = numeric code (v4.3+ legend). Code 0 has no CSL equivalent.</summary>
    public static readonly IReadOnlyList<(string? Csl, string Label)> Numeric = new (string?, string)[]
    {
        (null, "Uncategorized"),
        ("paper-conference", "Conference paper"),
        ("article-journal", "Journal article"),
        ("article", "Preprint"),
        ("report", "Report"),
        ("book", "Book"),
        ("chapter", "Book section"),
        ("thesis", "Thesis"),
        ("patent", "Patent"),
    };

    /// <summary>
    /// The label the 2023+ theme shows for a CSL value: its English i18n string where it has one
    /// (<c>pub_&lt;csl&gt;</c>), else Go's <c>strings.Title</c> of the value (<c>software</c> → <c>Software</c>).
    /// </summary>
    public static string Label(string value)
    {
        foreach (var (csl, label) in Numeric)
        {
            if (csl == value)
            {
                return label;
            }
        }
        return GoTitle(value);
    }

    /// <summary>
    /// Go's deprecated <c>strings.Title</c>: upper-cases each letter that follows a separator (anything but a letter,
    /// digit or underscore), so <c>book-chapter</c> → <c>Book-Chapter</c>, <c>legal_case</c> → <c>Legal_case</c>.
    /// </summary>
    public static string GoTitle(string value)
    {
        var sb = new StringBuilder(value.Length);
        var previousIsSeparator = true;
        foreach (var rune in value.EnumerateRunes())
        {
            sb.Append((previousIsSeparator ? Rune.ToUpperInvariant(rune) : rune).ToString());
            previousIsSeparator = !(Rune.IsLetterOrDigit(rune) || rune.Value == '_');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The CSL type a site's own legend label means, when that is clear; null otherwise. Used for ≤ v3 sites whose
    /// config relabelled the numeric codes (dcrankshaw: 2 = "Work in progress", 3 = "Technical report",
    /// 4 = "Workshop paper"). "Work in progress" / "Working paper" / "Manuscript" / "Preprint" map to
    /// <c>article</c>, because that is where the official table puts code 3 whose early labels were exactly
    /// "Work in progress" and "Manuscript" (not the importer's <c>manuscript</c>, which the theme has no label for).
    /// </summary>
    public static string? FromLegendLabel(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        if (l.Length == 0 || l.Contains("uncategori", StringComparison.Ordinal))
        {
            return null;
        }
        (string Needle, string Csl)[] rules =
        {
            ("book chapter", "chapter"), ("book section", "chapter"), ("chapter", "chapter"),
            ("conference", "paper-conference"), ("proceedings", "paper-conference"), ("workshop", "paper-conference"),
            ("symposium", "paper-conference"),
            ("journal", "article-journal"),
            ("thesis", "thesis"), ("dissertation", "thesis"),
            ("patent", "patent"),
            ("report", "report"),
            ("work in progress", "article"), ("working paper", "article"), ("preprint", "article"),
            ("manuscript", "article"),
            ("book", "book"),
        };
        foreach (var (needle, csl) in rules)
        {
            if (l.Contains(needle, StringComparison.Ordinal))
            {
                return csl;
            }
        }
        return null;
    }
}
