using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Lists the publication pages of one content mount as Hugo would build them: leaf bundles (a folder with
/// <c>index.md</c>; everything below it is a resource), single files <c>&lt;slug&gt;.md</c>, nested folders with
/// or without <c>_index.md</c>. Skipped files get an info/warning diagnostic saying why. One folder is listed at a
/// time (no whole-tree scans), so memory stays proportional to the largest folder.
/// </summary>
internal sealed class ContentWalker
{
    private readonly string _siteRoot;
    private readonly SiteConfigReading _reading;
    private readonly IReadOnlySet<string> _languages;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<PublicationSource> _found;

    public ContentWalker(string siteRoot, SiteConfigReading reading, DiagnosticBag diagnostics, List<PublicationSource> found)
    {
        _siteRoot = siteRoot;
        _reading = reading;
        _languages = new HashSet<string>(reading.BuiltLanguages, StringComparer.Ordinal);
        _diagnostics = diagnostics;
        _found = found;
    }

    /// <summary>Walks <paramref name="dir"/> (inside <paramref name="mount"/>, at <paramref name="contentRel"/>) and everything below it.</summary>
    public void WalkDirectory(ContentMount mount, string dir, string contentRel, string section)
    {
        var (files, dirs) = List(dir);
        var names = files.Where(f => IsServed(mount, f)).Select(f => (Path: f, Name: ContentFileName.Parse(Path.GetFileName(f), _languages))).ToList();
        var leafIndexes = names.Where(n => n.Name.IsLeafIndex).ToList();
        if (leafIndexes.Count > 0 && string.Equals(contentRel, section, StringComparison.Ordinal))
        {
            // An index.md directly in the section folder makes the whole folder one leaf bundle, which Hugo files
            // under the home page (section ""), not under this section: e.g. a `type: widget_page` publications
            // page. Nothing below it is a publication to Hugo, so nothing is converted (checked with Hugo 0.111.3).
            foreach (var (path, _) in leafIndexes)
            {
                _diagnostics.Info(DiagnosticCodes.SkippedListPage, Rel(path), null,
                    $"'{section}/{Path.GetFileName(path)}' turns the '{section}' folder into a single page (a leaf bundle outside any section, such as a widget page); Hugo lists no publication under it, so it is not converted");
            }
            return;
        }
        if (leafIndexes.Count > 0)
        {
            foreach (var (path, name) in leafIndexes)
            {
                if (name.IsMarkdown)
                {
                    Add(mount, path, SitePaths.Join(contentRel, name.Name), section, Path.GetFileName(dir), name.Language, SourceKind.LeafBundle);
                }
                else
                {
                    _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(path), null,
                        $"'{name.Name}' is a page Hugo builds from {name.Extension.ToUpperInvariant()}, not Markdown; not converted");
                }
            }
            ReportStrayMarkdown(mount, dir, isBundleRoot: true);
            return;
        }

        var hasBranchIndex = false;
        var resourceFiles = new List<string>();
        foreach (var (path, name) in names)
        {
            if (name.IsBranchIndex)
            {
                hasBranchIndex = true;
                _diagnostics.Info(DiagnosticCodes.SkippedSectionIndex, Rel(path), null,
                    "a section's _index page lists publications; it is not a publication");
            }
            else if (name.IsMarkdown)
            {
                Add(mount, path, SitePaths.Join(contentRel, name.Name), section, name.BaseName, name.Language, SourceKind.SingleFile);
            }
            else if (name.IsContent)
            {
                _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(path), null,
                    $"'{name.Name}' is a page Hugo builds from {name.Extension.ToUpperInvariant()}, not Markdown; not converted");
            }
            else
            {
                resourceFiles.Add(name.Name);
            }
        }
        if (!hasBranchIndex && resourceFiles.Count > 0)
        {
            var shown = string.Join(", ", resourceFiles.Take(3).Select(n => $"'{n}'")) + (resourceFiles.Count > 3 ? $" and {resourceFiles.Count - 3} more" : "");
            _diagnostics.Warning(DiagnosticCodes.FolderWithoutIndex, Rel(dir), null,
                $"folder has no index.md, so Hugo makes no publication of it; its files ({shown}) are not converted");
        }
        foreach (var sub in dirs)
        {
            if (IsServedDirectory(mount, sub))
            {
                WalkDirectory(mount, sub, SitePaths.Join(contentRel, Path.GetFileName(sub)), section);
            }
        }
    }

    /// <summary>One page file given directly (the input path was a file).</summary>
    public void AddFile(ContentMount mount, string file, string contentRel, string section)
    {
        var dir = Path.GetDirectoryName(file)!;
        var name = ContentFileName.Parse(Path.GetFileName(file), _languages);
        if (!IsServed(mount, file))
        {
            _diagnostics.Warning(DiagnosticCodes.SkippedStrayFile, Rel(file), null, "Hugo ignores this file (excludeFiles, ignoreFiles or a hidden name); not converted");
            return;
        }
        if (name.IsLeafIndex)
        {
            if (name.IsMarkdown)
            {
                Add(mount, file, contentRel, section, Path.GetFileName(dir), name.Language, SourceKind.LeafBundle);
                ReportStrayMarkdown(mount, dir, isBundleRoot: true);
            }
            else
            {
                _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(file), null, $"'{name.Name}' is not a Markdown page; not converted");
            }
            return;
        }
        if (BundleAbove(dir, stopAt: null) is { } bundle)
        {
            _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(file), null,
                $"a file inside the bundle '{Rel(bundle)}' is a resource to Hugo, not a page; not converted");
            return;
        }
        if (name.IsBranchIndex)
        {
            _diagnostics.Info(DiagnosticCodes.SkippedSectionIndex, Rel(file), null, "a section's _index page lists publications; it is not a publication");
        }
        else if (name.IsMarkdown)
        {
            Add(mount, file, contentRel, section, name.BaseName, name.Language, SourceKind.SingleFile);
        }
        else
        {
            _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(file), null, $"'{name.Name}' is not a Markdown page; not converted");
        }
    }

    /// <summary>The nearest folder from <paramref name="dir"/> upwards that is a leaf bundle (has index.*), or null.</summary>
    public string? BundleAbove(string dir, string? stopAt)
    {
        for (var d = dir; d is not null; d = Path.GetDirectoryName(d))
        {
            if (HasLeafIndex(d))
            {
                return d;
            }
            if (stopAt is not null && string.Equals(d, stopAt, StringComparison.Ordinal))
            {
                break;
            }
            if (string.Equals(d, _siteRoot, StringComparison.Ordinal))
            {
                break;
            }
        }
        return null;
    }

    private bool HasLeafIndex(string dir)
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(dir, "index.*"))
            {
                if (ContentFileName.Parse(Path.GetFileName(f), _languages).IsLeafIndex)
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        return false;
    }

    /// <summary>Markdown files in a bundle other than its index pages: Hugo makes them resources (info, once each).</summary>
    private void ReportStrayMarkdown(ContentMount mount, string bundleDir, bool isBundleRoot)
    {
        var (files, dirs) = List(bundleDir);
        foreach (var f in files)
        {
            var name = ContentFileName.Parse(Path.GetFileName(f), _languages);
            if (!name.IsMarkdown || (isBundleRoot && name.IsLeafIndex) || !IsServed(mount, f))
            {
                continue;
            }
            _diagnostics.Info(DiagnosticCodes.SkippedStrayFile, Rel(f), null,
                $"'{name.Name}' is a second Markdown file in the bundle: a resource to Hugo, not a page; not converted");
        }
        foreach (var sub in dirs)
        {
            if (IsServedDirectory(mount, sub))
            {
                ReportStrayMarkdown(mount, sub, isBundleRoot: false);
            }
        }
    }

    private void Add(ContentMount mount, string fullPath, string contentPath, string section, string slug, string? fileLanguage, SourceKind kind)
    {
        var language = _reading.IsMultilingual ? fileLanguage ?? mount.Language ?? _reading.Config.DefaultLanguage : null;
        _found.Add(new PublicationSource(fullPath, Rel(fullPath), contentPath, section, slug, language, kind));
    }

    private bool IsServed(ContentMount mount, string file)
    {
        var name = Path.GetFileName(file);
        if (ContentFileName.IsIgnoredByHugo(name))
        {
            return false;
        }
        var mountDir = SiteLoader.MountDirectory(_siteRoot, mount);
        if (mount.IsExcluded(SitePaths.Relative(mountDir, file)))
        {
            return false;
        }
        foreach (var re in _reading.IgnoreFiles)
        {
            try
            {
                if (re.IsMatch(file.Replace('\\', '/')))
                {
                    return false;
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
            }
        }
        return true;
    }

    private static bool IsServedDirectory(ContentMount mount, string dir) => !ContentFileName.IsIgnoredByHugo(Path.GetFileName(dir));

    private string Rel(string path) => SitePaths.Relative(_siteRoot, path);

    /// <summary>Files and sub-folders of <paramref name="dir"/> in ordinal name order; symlinked folders are not followed.</summary>
    private (List<string> Files, List<string> Dirs) List(string dir)
    {
        var files = new List<string>();
        var dirs = new List<string>();
        try
        {
            foreach (var info in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (info is DirectoryInfo d)
                {
                    if (d.LinkTarget is null)
                    {
                        dirs.Add(d.FullName);
                    }
                }
                else
                {
                    files.Add(info.FullName);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Warning(DiagnosticCodes.FileReadFailed, Rel(dir), null, $"cannot list the folder: {ex.Message}");
        }
        files.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        dirs.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        return (files, dirs);
    }
}
