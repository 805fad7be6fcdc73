using System.Globalization;
using System.Text.RegularExpressions;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Hugo 0.111's <c>.RelPermalink</c> for a regular page: <c>url</c> from front matter if set; else the section's
/// <c>[permalinks]</c> pattern expanded; else the content folder path plus <c>slug</c> (or the bundle folder /
/// file name). The path is sanitized and lower-cased (<see cref="HugoPathSanitizer"/>), non-ASCII is
/// percent-encoded, and the language prefix (non-default languages, or all with defaultContentLanguageInSubdir)
/// and the base URL's path come first. Checked against the oracle's relPermalink on a scratch site.
/// </summary>
internal static partial class HugoPermalinkBuilder
{
    [GeneratedRegex(@":(\w+)")]
    private static partial Regex TokenPattern();

    public static string Build(PublicationSource source, FrontMatterMapping root, string? title, SiteConfig config, DateTimeOffset? hugoDate)
    {
        var prefix = BasePath(config.BaseUrl) + LanguagePrefix(source.Language, config);

        var url = FrontMatterValues.NonEmptyText(root.Get("url"));
        if (url is not null)
        {
            // Hugo uses `url` as written (case kept, not sanitized); only what a URL cannot hold is escaped.
            return BasePath(config.BaseUrl) + HugoPathSanitizer.EscapeNonAscii(url.StartsWith('/') ? url : "/" + url);
        }

        var segments = source.ContentPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] dirSegments;
        string fileBase;
        if (source.Kind == SourceKind.LeafBundle && segments.Length >= 2)
        {
            dirSegments = segments[..^2];
            fileBase = segments[^2];
        }
        else
        {
            dirSegments = segments.Length > 0 ? segments[..^1] : Array.Empty<string>();
            fileBase = segments.Length > 0 ? TranslationBaseName(segments[^1], config) : source.Slug;
        }
        var slug = FrontMatterValues.Text(root.Get("slug"));
        if (string.IsNullOrEmpty(slug))
        {
            slug = null;
        }

        string path;
        if (config.Permalinks.TryGetValue(source.Section, out var pattern) && !string.IsNullOrWhiteSpace(pattern))
        {
            var date = hugoDate ?? DateTimeOffset.MinValue;
            path = TokenPattern().Replace(pattern, m => Expand(m, source, dirSegments, fileBase, slug, title, date));
        }
        else
        {
            path = string.Join('/', dirSegments.Append(slug ?? fileBase));
        }

        var sanitized = HugoPathSanitizer.Sanitize("/" + path.Trim('/') + "/");
        sanitized = Regex.Replace(sanitized, "/{2,}", "/");
        return prefix + HugoPathSanitizer.EscapeNonAscii(sanitized);
    }

    private static string Expand(Match m, PublicationSource source, string[] dirSegments, string fileBase, string? slug, string? title, DateTimeOffset date)
    {
        string Urlized(string? s) => HugoPathSanitizer.Sanitize(s ?? "");
        return m.Groups[1].Value switch
        {
            "year" => date.Year.ToString(CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "monthname" => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month),
            "day" => date.Day.ToString("00", CultureInfo.InvariantCulture),
            "weekday" => ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            "weekdayname" => date.DayOfWeek.ToString(),
            "yearday" => date.DayOfYear.ToString(CultureInfo.InvariantCulture),
            "section" => source.Section,
            "sections" => string.Join('/', Sections(source, dirSegments)),
            "title" => Urlized(title),
            "slug" => Urlized(slug ?? title),
            "slugorfilename" => Urlized(slug ?? fileBase),
            "filename" => Urlized(fileBase),
            _ => m.Value,
        };
    }

    // Hugo's `:sections` is the current section's path: nested folders count only when they have an _index.md.
    private static IEnumerable<string> Sections(PublicationSource source, string[] dirSegments)
    {
        yield return source.Section;
        var contentRoot = ContentRoot(source);
        if (contentRoot is null)
        {
            yield break;
        }
        var current = Path.Combine(contentRoot, source.Section);
        foreach (var segment in dirSegments.Skip(1))
        {
            current = Path.Combine(current, segment);
            bool isSection;
            try
            {
                isSection = File.Exists(Path.Combine(current, "_index.md"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                isSection = false;
            }
            if (!isSection)
            {
                yield break;
            }
            yield return segment;
        }
    }

    private static string? ContentRoot(PublicationSource source)
    {
        var full = source.FullPath.Replace('\\', '/');
        return full.EndsWith("/" + source.ContentPath, StringComparison.Ordinal)
            ? source.FullPath[..(full.Length - source.ContentPath.Length)]
            : null;
    }

    // `paper.de.md` belongs to language `de` and its base name is `paper`.
    private static string TranslationBaseName(string fileName, SiteConfig config)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var dot = name.LastIndexOf('.');
        if (dot > 0 && config.Languages.Any(l => string.Equals(l.Code, name[(dot + 1)..], StringComparison.OrdinalIgnoreCase)))
        {
            return name[..dot];
        }
        return name;
    }

    private static string LanguagePrefix(string? language, SiteConfig config)
    {
        if (string.IsNullOrEmpty(language))
        {
            return "";
        }
        var defaultLanguage = string.IsNullOrEmpty(config.DefaultLanguage) ? "en" : config.DefaultLanguage;
        var isDefault = string.Equals(language, defaultLanguage, StringComparison.OrdinalIgnoreCase);
        return !isDefault || config.DefaultLanguageInSubdir ? "/" + language.ToLowerInvariant() : "";
    }

    private static string BasePath(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            return "";
        }
        return uri.AbsolutePath.TrimEnd('/');
    }
}
