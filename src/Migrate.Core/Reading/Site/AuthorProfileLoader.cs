using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Site;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Loads author profiles: <c>&lt;content root&gt;/authors/&lt;slug&gt;/_index.md</c> (and the v4.0
/// <c>author/</c> folder) per built language, and <c>data/[&lt;lang&gt;/]authors/&lt;slug&gt;.{yaml,yml,toml,json}</c>.
/// Keyed by the urlized slug, which is what the theme looks up. Per language: content profiles first, then
/// shared <c>data/authors</c>, then <c>data/&lt;lang&gt;/authors</c>, later ones replacing earlier ones.
/// </summary>
internal sealed class AuthorProfileLoader(string siteRoot, SiteConfigReading reading, IAuthorProfileReader reader, DiagnosticBag diagnostics)
{
    private static readonly string[] ProfileFolders = ["author", "authors"];

    public (IReadOnlyDictionary<string, AuthorProfile> Default, IReadOnlyDictionary<string, IReadOnlyDictionary<string, AuthorProfile>> ByLanguage) Load()
    {
        var defaultLanguage = reading.BuiltLanguages.Contains(reading.Config.DefaultLanguage!)
            ? reading.Config.DefaultLanguage!
            : reading.BuiltLanguages.FirstOrDefault() ?? reading.Config.DefaultLanguage!;
        var shared = LoadData(Path.Combine(siteRoot, "data", "authors"), null);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, AuthorProfile>>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, AuthorProfile> defaultProfiles = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
        foreach (var lang in reading.BuiltLanguages)
        {
            var profiles = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
            foreach (var mount in reading.Mounts.Where(m => m.Target.Length == 0 && (m.Language == lang || (m.Language is null && lang == defaultLanguage))))
            {
                foreach (var folder in ProfileFolders)
                {
                    LoadContent(Path.Combine(SiteLoader.MountDirectory(siteRoot, mount), folder), mount, lang, profiles);
                }
            }
            foreach (var p in shared)
            {
                profiles[HugoUrlize.Urlize(p.Slug)] = p;
            }
            if (reading.IsMultilingual)
            {
                foreach (var p in LoadData(Path.Combine(siteRoot, "data", lang, "authors"), lang))
                {
                    profiles[HugoUrlize.Urlize(p.Slug)] = p;
                }
                byLanguage[lang] = profiles;
            }
            if (lang == defaultLanguage)
            {
                defaultProfiles = profiles;
            }
        }
        return (defaultProfiles, byLanguage);
    }

    private void LoadContent(string authorsDir, ContentMount mount, string lang, Dictionary<string, AuthorProfile> profiles)
    {
        if (!Directory.Exists(authorsDir))
        {
            return;
        }
        List<string> dirs;
        try
        {
            dirs = Directory.GetDirectories(authorsDir).OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.AuthorProfileUnreadable, SitePaths.Relative(siteRoot, authorsDir), null, $"cannot list author profiles: {ex.Message}");
            return;
        }
        var mountDir = SiteLoader.MountDirectory(siteRoot, mount);
        foreach (var dir in dirs)
        {
            var slug = Path.GetFileName(dir);
            var file = Path.Combine(dir, "_index.md");
            if (ContentFileName.IsIgnoredByHugo(slug) || !File.Exists(file) || mount.IsExcluded(SitePaths.Relative(mountDir, file)))
            {
                continue;
            }
            var sitePath = SitePaths.Relative(siteRoot, file);
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(DiagnosticCodes.AuthorProfileUnreadable, sitePath, null, $"cannot read the author profile: {ex.Message}");
                continue;
            }
            var scratch = new DiagnosticBag();
            var fields = reader.Read(text, sitePath, scratch);
            if (fields is null)
            {
                var first = scratch.Items.FirstOrDefault(d => d.Severity != DiagnosticSeverity.Info);
                diagnostics.Warning(DiagnosticCodes.AuthorProfileUnreadable, sitePath, first?.Line,
                    $"cannot read the author profile's front matter{(first is null ? "" : ": " + first.Message)}; the author's name is used as written", first?.Column);
                continue;
            }
            var profile = new AuthorProfile(slug, fields.Title ?? fields.Name, sitePath, reading.IsMultilingual ? lang : null, fields.Authors);
            // Two folders that urlize alike (e.g. "HeDu" and "hedu"): the first in name order is kept.
            profiles.TryAdd(HugoUrlize.Urlize(slug), profile);
        }
    }

    private List<AuthorProfile> LoadData(string dir, string? lang)
    {
        var result = new List<AuthorProfile>();
        if (!Directory.Exists(dir))
        {
            return result;
        }
        List<string> files;
        try
        {
            files = Directory.GetFiles(dir).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.AuthorProfileUnreadable, SitePaths.Relative(siteRoot, dir), null, $"cannot list author profiles: {ex.Message}");
            return result;
        }
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var dot = name.LastIndexOf('.');
            if (dot <= 0 || ContentFileName.IsIgnoredByHugo(name) || !ConfigFileParser.Extensions.Contains(name[(dot + 1)..].ToLowerInvariant()))
            {
                continue;
            }
            var sitePath = SitePaths.Relative(siteRoot, file);
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(DiagnosticCodes.AuthorProfileUnreadable, sitePath, null, $"cannot read the author profile: {ex.Message}");
                continue;
            }
            var map = ConfigFileParser.Parse(text, name[(dot + 1)..], sitePath, diagnostics, DiagnosticCodes.AuthorProfileUnreadable);
            if (map is null)
            {
                continue;
            }
            // The 2026 kit's get_author_profile: name.display, then title.
            var display = map.GetMap("name")?.GetString("display") is { Length: > 0 } d ? d
                : map.GetString("title") is { Length: > 0 } t ? t : null;
            result.Add(new AuthorProfile(name[..dot], display, sitePath, lang, []));
        }
        return result;
    }
}
