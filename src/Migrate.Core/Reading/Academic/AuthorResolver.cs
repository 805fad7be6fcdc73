using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Resolves <c>authors</c> the way the theme does (v4+ and the 2026 kit): each entry is <c>urlize</c>d and looked up
/// as a profile; the profile's display name wins, else the entry as written (trimmed, markers such as
/// <c>Tal Remez*</c> or <c>**Name**</c> kept visible). Entries are never split on commas ("Al Lily, Abdulrahman E"
/// is one author). <c>author_notes</c> are matched by position only.
/// </summary>
internal static class AuthorResolver
{
    public static void Resolve(
        FrontMatterMapping root,
        string? language,
        SiteContext site,
        Func<string, string> urlize,
        List<AuthorEntry> into,
        string path,
        DiagnosticBag diagnostics)
    {
        var authorsEntry = root.Find("authors");
        var notesEntry = root.Find("author_notes");
        var notes = FrontMatterValues.Items(notesEntry?.Value);
        var items = FrontMatterValues.Items(authorsEntry?.Value);
        var profiles = ProfilesFor(language, site);

        foreach (var (index, text, node) in items)
        {
            if (node is not FrontMatterScalar)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, FrontMatterValues.LineOf(node) ?? FrontMatterValues.LineOf(authorsEntry),
                    $"authors[{index}] is not a name; ignored");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var slug = urlize(text);
            var profile = Lookup(slug, profiles, site.AuthorsBySlug);
            var display = string.IsNullOrWhiteSpace(profile?.DisplayName) ? text.Trim() : profile!.DisplayName!;
            var note = index < notes.Count ? notes[index].Text : null;
            into.Add(new AuthorEntry(text, slug, display, profile?.SitePath, string.IsNullOrWhiteSpace(note) ? null : note));
        }

        if (notes.Count > items.Count)
        {
            diagnostics.Warning(DiagnosticCodes.AuthorNotesLengthMismatch, path, FrontMatterValues.LineOf(notesEntry),
                $"author_notes has {notes.Count} entries but authors has {items.Count}; the theme ignores the extra notes");
        }
    }

    private static IReadOnlyDictionary<string, AuthorProfile>? ProfilesFor(string? language, SiteContext site) =>
        language is not null && site.AuthorsByLanguage.TryGetValue(language, out var byLanguage) ? byLanguage : null;

    // A language's own profiles first; then the default ones (data/authors is shared by every language in the kit).
    private static AuthorProfile? Lookup(string slug, IReadOnlyDictionary<string, AuthorProfile>? languageProfiles, IReadOnlyDictionary<string, AuthorProfile> defaults)
    {
        if (languageProfiles is not null && languageProfiles.TryGetValue(slug, out var p))
        {
            return p;
        }
        return defaults.TryGetValue(slug, out var d) ? d : null;
    }
}
