using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Site;

/// <summary>Finds the site root, reads its config and author profiles, and lists publication pages (owner: helper "site").</summary>
public static partial class SiteLoader
{
    /// <summary>The sections always converted: the theme's <c>publication</c> and the 2025+ <c>publications</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultSections = ["publication", "publications"];

    /// <summary>
    /// <paramref name="inputPath"/> is a site root, its <c>content/</c> folder, a section folder, one bundle folder
    /// or one page file. <paramref name="sections"/> are the section names to convert (default
    /// <c>publication</c>, <c>publications</c>). Skipped files get a diagnostic saying why.
    /// </summary>
    public static SiteLoadResult Load(string inputPath, IReadOnlyList<string> sections, DiagnosticBag diagnostics) =>
        Load(inputPath, sections, diagnostics, FrontMatterAuthorProfileReader.Instance);

    internal static SiteLoadResult Load(string inputPath, IReadOnlyList<string>? sections, DiagnosticBag diagnostics, IAuthorProfileReader profileReader)
    {
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputPath));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            diagnostics.Error(DiagnosticCodes.SourceNotFound, inputPath, null, $"not a usable path: {ex.Message}");
            return Empty(inputPath);
        }
        var isFile = File.Exists(full);
        if (!isFile && !Directory.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.SourceNotFound, inputPath, null, "no such file or folder");
            return Empty(full);
        }

        var sectionSet = new HashSet<string>(DefaultSections, StringComparer.OrdinalIgnoreCase);
        foreach (var s in sections ?? [])
        {
            if (!string.IsNullOrWhiteSpace(s))
            {
                sectionSet.Add(s.Trim().Trim('/'));
            }
        }

        var startDir = isFile ? Path.GetDirectoryName(full)! : full;
        var (root, rootFound) = FindSiteRoot(startDir, full, isFile, sectionSet);
        var reading = SiteConfigReader.ReadDetailed(root, diagnostics);
        if (!rootFound && !Directory.Exists(Path.Combine(root, "content")))
        {
            // No site around the input: treat the folder holding the section (or bundle) as the content root.
            reading = reading with { Mounts = [new ContentMount("", "", null, [])] };
        }

        var found = new List<PublicationSource>();
        var walker = new ContentWalker(root, reading, diagnostics, found);
        var mountsUnder = reading.Mounts.Where(m => IsSameOrUnder(MountDirectory(root, m), full)).ToList();
        if (!isFile && mountsUnder.Count > 0)
        {
            var anySection = false;
            foreach (var mount in mountsUnder)
            {
                anySection |= WalkMount(walker, root, mount, sectionSet);
            }
            ReportUnbuiltLanguages(root, full, reading, sectionSet, diagnostics);
            if (!anySection)
            {
                diagnostics.Warning(DiagnosticCodes.NoPublicationSection, SitePaths.Relative(root, full), null,
                    $"no section folder named {string.Join(" or ", sectionSet.Order(StringComparer.Ordinal))} in the content Hugo builds ({string.Join(", ", reading.Mounts.Select(m => m.Source.Length == 0 ? "." : m.Source).Distinct())})");
            }
        }
        else if (OwnerMount(root, reading, full, isFile) is { } owner)
        {
            var mountDir = MountDirectory(root, owner);
            var contentRel = SitePaths.Join(owner.Target, SitePaths.Relative(mountDir, full));
            var section = contentRel.Contains('/') ? contentRel[..contentRel.IndexOf('/')] : isFile ? "" : contentRel;
            if (isFile)
            {
                walker.AddFile(owner, full, contentRel, section);
            }
            else if (Path.GetDirectoryName(full) is { } parent && IsSameOrUnder(parent, mountDir)
                     && walker.BundleAbove(parent, stopAt: mountDir) is { } bundle)
            {
                diagnostics.Info(DiagnosticCodes.SkippedStrayFile, SitePaths.Relative(root, full), null,
                    $"this folder is inside the bundle '{SitePaths.Relative(root, bundle)}': its files are that page's resources, not pages");
            }
            else
            {
                walker.WalkDirectory(owner, full, contentRel, section);
            }
        }
        else
        {
            ReportNotBuilt(root, full, reading, diagnostics);
        }

        found.Sort((a, b) => string.CompareOrdinal(a.SitePath, b.SitePath));
        var (profiles, byLanguage) = new AuthorProfileLoader(root, reading, profileReader, diagnostics).Load();
        var site = new SiteContext(root, reading.Config, profiles) { AuthorsByLanguage = byLanguage };
        return new SiteLoadResult(site, found);
    }

    internal static string MountDirectory(string siteRoot, ContentMount mount) =>
        mount.Source.Length == 0 ? siteRoot : Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(siteRoot, mount.Source)));

    private static SiteLoadResult Empty(string path) =>
        new(new SiteContext(path, new SiteConfig(), new Dictionary<string, AuthorProfile>()), []);

    private static bool IsSameOrUnder(string path, string dir) =>
        string.Equals(path, dir, StringComparison.Ordinal)
        || path.StartsWith(dir.EndsWith(Path.DirectorySeparatorChar) ? dir : dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Walks up from the input: the first folder with both a config and <c>content/</c>, else the first with a
    /// config, else the first with <c>content/</c>. Without any, a guess from the folder names.
    /// </summary>
    private static (string Root, bool Found) FindSiteRoot(string startDir, string full, bool isFile, HashSet<string> sections)
    {
        string? withConfig = null, withContent = null;
        for (var d = startDir; d is not null; d = Path.GetDirectoryName(d))
        {
            var hasConfig = SiteConfigReader.HasConfig(d);
            var hasContent = Directory.Exists(Path.Combine(d, "content"));
            if (hasConfig && hasContent)
            {
                return (d, true);
            }
            withConfig ??= hasConfig ? d : null;
            withContent ??= hasContent ? d : null;
        }
        if ((withConfig ?? withContent) is { } found)
        {
            return (found, true);
        }
        var level = 0;
        for (var d = startDir; d is not null && level < 4; d = Path.GetDirectoryName(d), level++)
        {
            if (sections.Contains(Path.GetFileName(d)) && Path.GetDirectoryName(d) is { } parent)
            {
                return (parent, false);
            }
        }
        // A lone bundle folder or page file: its parent plays the content root.
        var isBundle = !isFile && File.Exists(Path.Combine(full, "index.md"));
        return ((isFile || isBundle) && Path.GetDirectoryName(startDir) is { } p ? (isFile ? startDir : p) : startDir, false);
    }

    /// <summary>The deepest built mount whose folder holds <paramref name="full"/> and does not exclude it.</summary>
    private static ContentMount? OwnerMount(string root, SiteConfigReading reading, string full, bool isFile)
    {
        ContentMount? best = null;
        var bestLength = -1;
        foreach (var mount in reading.Mounts)
        {
            var dir = MountDirectory(root, mount);
            if (!IsSameOrUnder(full, dir) || dir.Length <= bestLength)
            {
                continue;
            }
            var rel = SitePaths.Relative(dir, full);
            if (rel != "." && mount.IsExcluded(isFile ? rel : rel + "/index.md"))
            {
                continue;
            }
            best = mount;
            bestLength = dir.Length;
        }
        return best;
    }

    /// <summary>Walks the section folders of one mount; true when at least one section folder exists.</summary>
    private static bool WalkMount(ContentWalker walker, string root, ContentMount mount, HashSet<string> sections)
    {
        var dir = MountDirectory(root, mount);
        if (!Directory.Exists(dir))
        {
            return false;
        }
        if (mount.Target.Length > 0)
        {
            var section = mount.Target.Split('/')[0];
            if (!sections.Contains(section))
            {
                return false;
            }
            walker.WalkDirectory(mount, dir, mount.Target, section);
            return true;
        }
        var any = false;
        foreach (var sub in SortedSubdirectories(dir))
        {
            var name = Path.GetFileName(sub);
            if (!sections.Contains(name) || ContentFileName.IsIgnoredByHugo(name) || mount.IsExcluded(name + "/index.md"))
            {
                continue;
            }
            any = true;
            walker.WalkDirectory(mount, sub, name, name);
        }
        return any;
    }

    private static List<string> SortedSubdirectories(string dir)
    {
        try
        {
            return Directory.GetDirectories(dir).OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("^[a-z]{2,3}([-_][a-z0-9]{2,8})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCodeLike();

    /// <summary>
    /// A folder named like a language (<c>content/zh</c>) that holds a publication section but that no built
    /// language reads from: Hugo never builds it as that language (jaspershen__shen: <c>content/zh</c>).
    /// </summary>
    private static void ReportUnbuiltLanguages(string root, string scope, SiteConfigReading reading, HashSet<string> sections, DiagnosticBag diagnostics)
    {
        var parents = new List<string> { Path.Combine(root, "content") };
        parents.AddRange(reading.Mounts.Select(m => MountDirectory(root, m)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parent in parents.Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(parent))
            {
                continue;
            }
            foreach (var candidate in SortedSubdirectories(parent))
            {
                var name = Path.GetFileName(candidate);
                if (!LanguageCodeLike().IsMatch(name) || sections.Contains(name) || !IsSameOrUnder(candidate, scope) || !seen.Add(candidate))
                {
                    continue;
                }
                if (!SortedSubdirectories(candidate).Any(d => sections.Contains(Path.GetFileName(d))))
                {
                    continue;
                }
                if (reading.Mounts.Any(m => string.Equals(MountDirectory(root, m), candidate, StringComparison.Ordinal)))
                {
                    continue;
                }
                var owner = OwnerMount(root, reading, Path.Combine(candidate, "publication", "x", "index.md"), isFile: true);
                var built = string.Join(", ", reading.BuiltLanguages);
                var rel = SitePaths.Relative(root, candidate);
                diagnostics.Warning(DiagnosticCodes.LanguageNotBuilt, rel, null, owner is null
                    ? $"'{rel}' looks like a language folder, but the config builds no language from it (built: {built}); Hugo never builds it, so it is not converted"
                    : $"'{rel}' looks like a language folder, but no language has it as its content folder (built: {built}); Hugo builds it as an ordinary section '{name}' of language '{owner.Language ?? reading.Config.DefaultLanguage}', so it is not converted");
            }
        }
    }

    private static void ReportNotBuilt(string root, string full, SiteConfigReading reading, DiagnosticBag diagnostics)
    {
        var rel = SitePaths.Relative(root, full);
        var segments = rel.Split('/');
        var langFolder = segments.Length >= 2 && segments[0] == "content" && LanguageCodeLike().IsMatch(segments[1]) ? $"content/{segments[1]}" : null;
        var built = string.Join(", ", reading.BuiltLanguages);
        if (langFolder is not null)
        {
            diagnostics.Warning(DiagnosticCodes.LanguageNotBuilt, rel, null,
                $"'{langFolder}' is not content of any language the config builds ({built}); Hugo never builds it, so it is not converted");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.NoPublicationSection, rel, null,
                $"this path is outside the content Hugo builds ({string.Join(", ", reading.Mounts.Select(m => m.Source.Length == 0 ? "." : m.Source).Distinct())}); nothing to convert");
        }
    }
}
