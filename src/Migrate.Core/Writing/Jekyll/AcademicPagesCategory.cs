using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// academicpages' <c>category</c> for a publication, from its CSL type. The template's Publications page lists
/// only documents whose <c>category</c> is a key of <c>publication_category</c> (<c>books</c>, <c>manuscripts</c>,
/// <c>conferences</c>), so every type maps to one of the three (README "academicpages flavour" has the table):
/// book-like types → books; talks and conference papers → conferences; everything else (journal articles,
/// preprints, reports, theses, patents, data, software, …) and a missing or unknown type → manuscripts.
/// </summary>
internal static class AcademicPagesCategory
{
    public const string Books = "books";
    public const string Manuscripts = "manuscripts";
    public const string Conferences = "conferences";

    private static readonly Dictionary<string, string> ByCsl = new(StringComparer.Ordinal)
    {
        ["book"] = Books,
        ["chapter"] = Books,
        ["classic"] = Books,
        ["collection"] = Books,
        ["entry"] = Books,
        ["entry-dictionary"] = Books,
        ["entry-encyclopedia"] = Books,
        ["pamphlet"] = Books,
        ["paper-conference"] = Conferences,
        ["speech"] = Conferences,
        ["event"] = Conferences,
        ["performance"] = Conferences,
        ["presentation"] = Conferences,
        ["poster"] = Conferences,
    };

    /// <summary>The category and the CSL type it was chosen from (null when the page has no known type).</summary>
    public static (string Category, string? Csl) Of(Publication publication)
    {
        foreach (var type in publication.PublicationTypes)
        {
            if (type.Csl is { } csl)
            {
                return (ByCsl.GetValueOrDefault(csl, Manuscripts), csl);
            }
        }
        return (Manuscripts, null);
    }

    /// <summary>The category for one CSL type name (unknown names → manuscripts).</summary>
    public static string ForCsl(string csl) => ByCsl.GetValueOrDefault(csl, Manuscripts);
}
