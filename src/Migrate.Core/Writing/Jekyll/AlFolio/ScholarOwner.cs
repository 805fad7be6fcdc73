using Migrate.Core.Model.Site;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// The site owner's names for al-folio's <c>scholar.last_name</c> / <c>scholar.first_name</c>, which mark "self"
/// in author lists: al-folio compares with Liquid's <c>contains</c> on an array (an exact element match), so the
/// first names list every spelling the BibTeX entries may use (<c>Albert</c>, <c>A.</c>). The owner is the
/// <c>admin</c> profile (the theme's default), else <c>me</c>, else the only profile of the site.
/// </summary>
internal sealed record ScholarOwner(string Profile, IReadOnlyList<string> LastNames, IReadOnlyList<string> FirstNames)
{
    public static ScholarOwner? Of(SiteContext? site)
    {
        if (site is null)
        {
            return null;
        }
        AuthorProfile? profile = null;
        foreach (var slug in new[] { "admin", "me" })
        {
            if (site.AuthorsBySlug.TryGetValue(slug, out var p) && p.DisplayName is { Length: > 0 })
            {
                profile = p;
                break;
            }
        }
        if (profile is null && site.AuthorsBySlug.Values.Where(p => p.DisplayName is { Length: > 0 }).ToList() is [var only])
        {
            profile = only;
        }
        return profile is null ? null : FromName(profile.Slug, profile.DisplayName!);
    }

    /// <summary>Splits a display name as BibTeX does for "First Last" and "Last, First".</summary>
    internal static ScholarOwner? FromName(string profile, string displayName)
    {
        var name = new string(displayName.Where(c => c is not ('*' or '∗' or '†' or '‡' or '§' or '¶' or '‖' or '^')).ToArray()).Trim();
        string last;
        string first;
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            last = name[..comma].Trim();
            first = name[(comma + 1)..].Trim();
        }
        else
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                return null;
            }
            last = parts[^1];
            first = string.Join(' ', parts[..^1]);
        }
        if (last.Length == 0)
        {
            return null;
        }
        var firsts = new List<string>();
        if (first.Length > 0)
        {
            var tokens = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            firsts.Add(first);
            var initials = tokens.Select(t => t.FirstOrDefault(char.IsLetter)).Where(c => c != default).Select(c => char.ToUpperInvariant(c) + ".");
            firsts.Add(string.Join(' ', initials));
            firsts.Add(tokens[0]);
        }
        return new ScholarOwner(profile, [last], firsts.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The YAML lines for <c>_config.yml</c> (flow lists of double-quoted strings).</summary>
    public IEnumerable<string> ConfigLines()
    {
        static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        yield return "scholar:";
        yield return "  last_name: [" + string.Join(", ", LastNames.Select(Quote)) + "]";
        yield return "  first_name: [" + string.Join(", ", FirstNames.Select(Quote)) + "]";
    }
}
