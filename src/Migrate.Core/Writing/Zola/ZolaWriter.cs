using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// The <c>zola</c> target: a Zola <c>content/</c> tree of page bundles with TOML front matter, section files,
/// <c>zola.toml</c> and minimal templates (README "Zola output"). Pages need site facts that <see cref="Write"/>
/// does not get (the default language, the declared taxonomies, every page's date for the section's sort), so
/// <see cref="Write"/> only collects the publication and <see cref="Complete"/> plans every file, page by page in
/// the order received; a page that fails becomes an error diagnostic and the others are still written.
/// </summary>
public sealed class ZolaWriter : IPublicationWriter
{
    private readonly List<Publication> _publications = new();

    public string Name => "zola";

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(publication);
        _publications.Add(publication);
        return Array.Empty<PlannedFile>();
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        var settings = ZolaSiteSettings.From(site.Config);
        var builder = new ZolaPageBuilder(settings);
        var files = new List<PlannedFile>();
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = new List<(ZolaPage Page, Publication Publication)>();
        var links = PageLinks(builder);

        foreach (var publication in _publications)
        {
            ZolaPage? page;
            try
            {
                var language = builder.Locate(publication.Source).Language;
                page = builder.Build(publication, links.MapperFor(language, publication), diagnostics);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.InternalError, publication.Source.SitePath, null,
                    $"the zola writer failed on this page: {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            if (page is null)
            {
                continue;
            }
            pages.Add((page, publication));
            foreach (var file in page.Files)
            {
                if (file.CopyFrom is null)
                {
                    files.Add(file);
                }
                else if (copies.TryAdd(file.RelativePath, file.CopyFrom))
                {
                    files.Add(file);
                }
                else if (!string.Equals(copies[file.RelativePath], file.CopyFrom, StringComparison.Ordinal))
                {
                    diagnostics.Info(DiagnosticCodes.AssetSkippedByTarget, publication.Source.SitePath, null,
                        $"'{file.RelativePath}' already comes from '{copies[file.RelativePath]}': Zola shares a bundle's files between its languages, so this copy is not written");
                }
            }
        }

        var githubAlerts = pages.Exists(p => p.Page.UsesGithubAlerts);

        // One section file per folder holding pages, per language, plus transparent ones for the folders between.
        var sectionKeys = new SortedSet<(string Folder, string Language)>();
        foreach (var (page, _) in pages)
        {
            var parts = page.Folder.Split('/');
            for (var n = 1; n < parts.Length; n++)
            {
                sectionKeys.Add((string.Join('/', parts[..n]), page.Language));
            }
        }
        foreach (var (folder, language) in sectionKeys)
        {
            // Sub-folders are transparent sections, so a section lists (and sorts) every page below it.
            var direct = pages.Where(p => p.Page.Language == language && p.Page.Folder.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();
            var top = !folder.Contains('/');
            var (text, sitePath) = SourceSectionIndex(site, pages.Select(p => p.Publication), folder, language, settings.DefaultLanguage);
            var name = language == settings.DefaultLanguage ? "_index.md" : $"_index.{language}.md";
            var content = ZolaSiteFiles.SectionIndex(folder, text, sitePath,
                sortByDate: direct.Count > 0 && direct.TrueForAll(p => p.Page.HasDate), transparent: !top,
                links.MapperFor(language, null), diagnostics, out var sectionAlerts);
            githubAlerts |= sectionAlerts;
            files.Add(PlannedFile.Text($"content/{folder}/{name}", content, sitePath is null ? Array.Empty<string>() : new[] { sitePath }));
        }

        var taxonomies = settings.Taxonomies.Where(t => pages.Exists(p => p.Page.TaxonomiesUsed.Contains(t))).ToList();
        var otherLanguages = pages.Select(p => p.Page.Language).Where(l => l != settings.DefaultLanguage)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        files.Add(PlannedFile.Text("zola.toml", ZolaSiteFiles.Config(settings, taxonomies, otherLanguages, githubAlerts)));
        foreach (var (path, text) in ZolaTemplates.All.Concat(ZolaShortcodeTemplates.All.Select(kv => (kv.Key, kv.Value))))
        {
            files.Add(PlannedFile.Text(path, text));
        }
        _publications.Clear();
        return files;
    }

    /// <summary>
    /// Every page that will be written, by language, under its Zola internal link (<c>@/publication/x/index.md</c>,
    /// <c>@/publication/x/index.fr.md</c>), so the body conversion turns <c>ref</c>, <c>relref</c>, <c>cite</c> and
    /// <c>/publication/x/</c> links into links Zola checks at build time.
    /// </summary>
    private ZolaPageLinks PageLinks(ZolaPageBuilder builder)
    {
        var links = new ZolaPageLinks();
        foreach (var publication in _publications.Where(ZolaPageBuilder.IsWritable))
        {
            var (language, folder, fileName) = builder.Locate(publication.Source);
            links.Add(language, publication, $"@/{folder}/{fileName}");
        }
        return links;
    }

    /// <summary>The source's own section file for <paramref name="folder"/> in <paramref name="language"/>, if there is one.</summary>
    private static (string? Text, string? SitePath) SourceSectionIndex(
        SiteContext site, IEnumerable<Publication> publications, string folder, string language, string defaultLanguage)
    {
        foreach (var publication in publications)
        {
            var source = publication.Source;
            var lang = string.IsNullOrEmpty(source.Language) ? defaultLanguage : source.Language!;
            if (lang != language)
            {
                continue;
            }
            var full = source.FullPath.Replace('\\', '/');
            if (!full.EndsWith(source.ContentPath, StringComparison.Ordinal))
            {
                continue;
            }
            var contentRoot = full[..^source.ContentPath.Length];
            var candidates = language == defaultLanguage
                ? new[] { "_index.md", $"_index.{language}.md" }
                : new[] { $"_index.{language}.md", "_index.md" };
            foreach (var candidate in candidates)
            {
                var path = contentRoot + folder + "/" + candidate;
                if (!File.Exists(path))
                {
                    continue;
                }
                try
                {
                    var sitePath = Path.GetRelativePath(site.RootPath, path).Replace('\\', '/');
                    return (File.ReadAllText(path), sitePath);
                }
                catch (IOException)
                {
                    return (null, null);
                }
                catch (UnauthorizedAccessException)
                {
                    return (null, null);
                }
            }
            return (null, null);
        }
        return (null, null);
    }
}
