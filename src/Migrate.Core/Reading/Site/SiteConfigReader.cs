using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Reads a Hugo site's configuration the way Hugo 0.111 merges it: the first of <c>hugo.{toml,yaml,yml,json}</c>,
/// <c>config.{toml,yaml,yml,json}</c> at the root (only one is used), then every file of
/// <c>config/_default/</c> and <c>config/production/</c> in name order, each file named after the key it sets
/// (<c>params.toml</c> → <c>params</c>, <c>params.en.toml</c> → <c>languages.en.params</c>; <c>config.*</c>/<c>hugo.*</c>
/// are root level). Later files override earlier ones key by key, maps merge recursively, lists are replaced.
/// Keys are case-insensitive. Never throws on bad input.
/// </summary>
public static class SiteConfigReader
{
    private static readonly string[] RootBaseNames = ["hugo", "config"];

    /// <summary>Reads the config of the site at <paramref name="siteRoot"/>; Hugo's defaults where it says nothing.</summary>
    public static SiteConfig Read(string siteRoot, DiagnosticBag diagnostics) => ReadDetailed(siteRoot, diagnostics).Config;

    /// <summary>Whether <paramref name="folder"/> holds a Hugo config file or a <c>config/_default</c> folder.</summary>
    public static bool HasConfig(string folder)
    {
        foreach (var name in RootBaseNames)
        {
            foreach (var ext in ConfigFileParser.Extensions)
            {
                if (File.Exists(Path.Combine(folder, name + "." + ext)))
                {
                    return true;
                }
            }
        }
        return Directory.Exists(Path.Combine(folder, "config", "_default"));
    }

    internal static SiteConfigReading ReadDetailed(string siteRoot, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        var tree = new ConfigMap();
        var found = false;
        var budget = new MergeBudget();

        // Root: Hugo uses the first existing file only (hugo before config; toml, yaml, yml, json).
        foreach (var file in RootCandidates(siteRoot))
        {
            if (!File.Exists(file))
            {
                continue;
            }
            found = true;
            var map = ReadFile(siteRoot, file, config, diagnostics);
            if (map is not null)
            {
                Merge(tree, map, 0, budget);
            }
            break;
        }

        // The config folder: _default, then the environment `hugo` builds with by default.
        foreach (var env in new[] { "_default", "production" })
        {
            var dir = Path.Combine(siteRoot, "config", env);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var file in SafeFiles(dir))
            {
                var fileName = Path.GetFileName(file);
                var dot = fileName.LastIndexOf('.');
                if (dot <= 0 || !ConfigFileParser.Extensions.Contains(fileName[(dot + 1)..].ToLowerInvariant()))
                {
                    continue;
                }
                found = true;
                var map = ReadFile(siteRoot, file, config, diagnostics);
                if (map is not null)
                {
                    Merge(tree, Place(fileName[..dot], map), 0, budget);
                }
            }
        }

        if (!found)
        {
            diagnostics.Warning(DiagnosticCodes.SiteConfigNotFound, ".", null,
                "no Hugo config (hugo.*, config.* or config/_default/) found; using Hugo's defaults (one language, content/)");
        }

        Fill(config, tree);
        var declared = ReadLanguages(tree, config);
        var languages = declared.Select(x => x.Lang).ToList();
        var built = languages.Where(l => !l.Disabled).Select(l => l.Code).ToList();
        var mounts = ReadMounts(tree, declared, config.DefaultLanguage!, built);
        foreach (var lang in languages)
        {
            var own = lang.Disabled ? [] : mounts.Where(m => m.Language is null || m.Language == lang.Code).ToList();
            config.Languages.Add(lang with
            {
                ContentDirs = own.Select(m => m.Source).Distinct(StringComparer.Ordinal).ToList(),
                ExcludeGlobs = own.SelectMany(m => m.Excludes).Select(g => g.Pattern).Distinct(StringComparer.Ordinal).ToList(),
            });
        }
        var ignore = new List<Regex>();
        foreach (var pattern in tree.GetStrings("ignoreFiles"))
        {
            try
            {
                ignore.Add(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
            catch (ArgumentException)
            {
                diagnostics.Warning(DiagnosticCodes.SiteConfigUnreadable, config.Files.FirstOrDefault(), null,
                    $"ignoreFiles pattern '{pattern}' is not a regular expression .NET understands; it is not applied");
            }
        }
        return new SiteConfigReading(config, tree, mounts, built, ignore, found);
    }

    private static IEnumerable<string> RootCandidates(string siteRoot)
    {
        foreach (var name in RootBaseNames)
        {
            foreach (var ext in ConfigFileParser.Extensions)
            {
                yield return Path.Combine(siteRoot, name + "." + ext);
            }
        }
    }

    private static IEnumerable<string> SafeFiles(string dir)
    {
        try
        {
            // Go's afero.Walk visits names in byte order.
            return Directory.GetFiles(dir).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static ConfigMap? ReadFile(string siteRoot, string file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var display = SitePaths.Relative(siteRoot, file);
        config.Files.Add(display);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.SiteConfigUnreadable, display, null, $"cannot read the config file: {ex.Message}");
            return null;
        }
        var ext = Path.GetExtension(file).TrimStart('.');
        return ConfigFileParser.Parse(text, ext, display, diagnostics);
    }

    /// <summary>Where a <c>config/_default</c> file's content goes (Hugo's <c>LoadConfigFromDir</c>).</summary>
    private static ConfigMap Place(string baseName, ConfigMap content)
    {
        var name = baseName;
        string? lang = null;
        var dot = baseName.LastIndexOf('.');
        if (dot > 0)
        {
            name = baseName[..dot];
            lang = baseName[(dot + 1)..];
        }
        if (lang is null && (name.Equals("config", StringComparison.OrdinalIgnoreCase) || name.Equals("hugo", StringComparison.OrdinalIgnoreCase)))
        {
            return content;
        }
        List<string> keyPath = [name];
        if (!string.IsNullOrEmpty(lang))
        {
            keyPath = ["languages", lang];
            if (name.Equals("menu", StringComparison.OrdinalIgnoreCase) || name.Equals("menus", StringComparison.OrdinalIgnoreCase))
            {
                keyPath.Add("menus");
            }
            else if (name.Equals("params", StringComparison.OrdinalIgnoreCase))
            {
                keyPath.Add("params");
            }
        }
        object? node = content;
        for (var i = keyPath.Count - 1; i >= 0; i--)
        {
            node = new ConfigMap { [keyPath[i]] = node };
        }
        return (ConfigMap)node!;
    }

    /// <summary>Hugo's <c>Params.Set</c>: maps merge key by key (recursively), anything else is replaced.</summary>
    private static void Merge(ConfigMap target, ConfigMap source, int depth, MergeBudget budget)
    {
        if (depth > ConfigFileParser.MaxDepth)
        {
            return;
        }
        foreach (var (key, value) in source)
        {
            if (--budget.Remaining < 0)
            {
                return;
            }
            if (target.TryGetValue(key, out var existing) && existing is ConfigMap existingMap && value is ConfigMap valueMap
                && !ReferenceEquals(existingMap, valueMap))
            {
                Merge(existingMap, valueMap, depth + 1, budget);
            }
            else
            {
                target[key] = value;
            }
        }
    }

    private static void Fill(SiteConfig config, ConfigMap tree)
    {
        config.DefaultLanguage = (tree.GetString("defaultContentLanguage") is { Length: > 0 } d ? d : "en").ToLowerInvariant();
        config.DefaultLanguageInSubdir = tree.GetBool("defaultContentLanguageInSubdir");
        config.TimeZone = tree.GetString("timeZone") is { Length: > 0 } tz ? tz : null;
        config.BaseUrl = tree.GetString("baseURL");
        config.Title = tree.GetString("title");

        if (tree.GetMap("params") is { } p && p.GetList("publication_types") is not null)
        {
            config.PublicationTypeLegend = p.GetStrings("publication_types");
        }

        if (tree.TryGetValue("taxonomies", out var tax) && tax is ConfigMap taxonomies)
        {
            foreach (var (singular, plural) in taxonomies)
            {
                if (ConfigMap.ScalarText(plural) is { } s)
                {
                    config.Taxonomies[singular.ToLowerInvariant()] = s;
                }
            }
        }
        else
        {
            // Hugo's defaults apply only when the config has no [taxonomies] at all (a given map replaces them).
            config.Taxonomies["tag"] = "tags";
            config.Taxonomies["category"] = "categories";
        }

        if (tree.GetMap("permalinks") is { } permalinks)
        {
            foreach (var (section, pattern) in permalinks)
            {
                if (ConfigMap.ScalarText(pattern) is { } s)
                {
                    config.Permalinks[section] = s;
                }
            }
        }
    }

    /// <summary>Languages in Hugo's order: by weight (0 last), then code. No <c>languages</c> → the default language only.</summary>
    private static List<(SiteLanguage Lang, string? ContentDir)> ReadLanguages(ConfigMap tree, SiteConfig config)
    {
        var disabledList = new HashSet<string>(tree.GetStrings("disableLanguages").Select(s => s.ToLowerInvariant()), StringComparer.Ordinal);
        var list = new List<(SiteLanguage Lang, string? ContentDir)>();
        if (tree.GetMap("languages") is { Count: > 0 } languages)
        {
            foreach (var (code, value) in languages)
            {
                var map = value as ConfigMap ?? new ConfigMap();
                var lc = code.ToLowerInvariant();
                var weight = (int)Math.Clamp(map.GetInt("weight"), int.MinValue, int.MaxValue);
                var disabled = map.GetBool("disabled") || disabledList.Contains(lc);
                list.Add((new SiteLanguage(lc, weight, disabled, [], []), map.GetString("contentDir")));
            }
        }
        else
        {
            list.Add((new SiteLanguage(config.DefaultLanguage!, 0, false, [], []), null));
        }
        list.Sort((a, b) =>
        {
            int wa = a.Lang.Weight, wb = b.Lang.Weight;
            if (wa == wb)
            {
                return string.CompareOrdinal(a.Lang.Code, b.Lang.Code);
            }
            return (wb == 0 || (wa != 0 && wa < wb)) ? -1 : 1;
        });
        return list;
    }

    private static List<ContentMount> ReadMounts(ConfigMap tree, List<(SiteLanguage Lang, string? ContentDir)> declared, string defaultLanguage, List<string> built)
    {
        var mounts = new List<ContentMount>();
        var builtSet = new HashSet<string>(built, StringComparer.Ordinal);
        var configured = false;
        if (tree.GetMap("module")?.GetList("mounts") is { } moduleMounts)
        {
            foreach (var item in moduleMounts)
            {
                if (item is not ConfigMap m)
                {
                    continue;
                }
                var target = SitePaths.Clean(m.GetString("target") ?? "");
                if (!(target == "content" || target.StartsWith("content/", StringComparison.Ordinal)))
                {
                    continue;
                }
                configured = true;
                var lang = m.GetString("lang") is { Length: > 0 } l ? l.ToLowerInvariant() : null;
                if (lang is not null && !builtSet.Contains(lang))
                {
                    continue;
                }
                var source = SitePaths.Clean(m.GetString("source") ?? "");
                var excludes = m.GetStrings("excludeFiles").Where(s => s.Trim().Length > 0).Select(HugoGlob.Create).ToList();
                mounts.Add(new ContentMount(source, target == "content" ? "" : target["content/".Length..], lang, excludes));
            }
        }
        if (configured)
        {
            return mounts;
        }

        var defaultDir = SitePaths.Clean(tree.GetString("contentDir") is { Length: > 0 } cd ? cd : "content");
        var languages = declared.Select(x => x.Lang).ToList();
        var dirs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (lang, dir) in declared)
        {
            dirs.TryAdd(lang.Code, dir);
        }
        if (languages.Any(l => !l.Disabled && dirs.TryGetValue(l.Code, out var d) && !string.IsNullOrEmpty(d)))
        {
            // Hugo mounts each language's contentDir (default language first); one folder serves one language.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var lang in languages.Where(l => !l.Disabled).OrderBy(l => l.Code == defaultLanguage ? 0 : 1))
            {
                var dir = dirs.TryGetValue(lang.Code, out var d) && !string.IsNullOrEmpty(d) ? SitePaths.Clean(d) : defaultDir;
                if (seen.Add(dir))
                {
                    mounts.Add(new ContentMount(dir, "", lang.Code, []));
                }
            }
            return mounts;
        }
        mounts.Add(new ContentMount(defaultDir, "", null, []));
        return mounts;
    }

    private sealed class MergeBudget
    {
        public int Remaining { get; set; } = 1_000_000;
    }
}
