using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Reading.Site;
using Migrate.Core.Writing;

namespace Migrate.Core.Conversion;

/// <summary>
/// Runs a conversion up to the plan: load the site, read each publication (possibly several at once), hand them
/// to the writer in source order, complete the writer, and return the sorted plan with every diagnostic. Nothing
/// is written here; <c>IO.PlanApplier</c> applies the plan, a dry run compares it with the disk. Bad input and
/// failing stages become diagnostics: one broken page never stops the run.
/// </summary>
public static class ConversionPipeline
{
    /// <summary>The sections converted when the request names none (Academic's old and new folder names).</summary>
    public static IReadOnlyList<string> DefaultSections { get; } = new[] { "publication", "publications" };

    public static ConversionResult Run(ConversionRequest request) => Run(request, ConversionStages.Default);

    /// <summary>
    /// Runs <paramref name="request"/> with the given reading stages. Throws <see cref="ArgumentException"/> only for
    /// a target the <see cref="WriterRegistry"/> cannot create (callers validate the name first).
    /// </summary>
    public static ConversionResult Run(ConversionRequest request, ConversionStages stages)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stages);
        if (!WriterRegistry.TryCreate(request.Target, request.Flavor, out var writer, out var writerError))
        {
            throw new ArgumentException(writerError, nameof(request));
        }

        var siteBag = new DiagnosticBag();
        var loaded = Load(request.SourcePath, request.Sections, request.OutputDirectory, stages, siteBag);
        if (loaded is null)
        {
            return new ConversionResult(new OutputPlan(Array.Empty<PlannedFile>(), siteBag.Items.ToList()), 0, null);
        }

        var site = loaded.Site;
        var sources = loaded.Publications;
        var files = new List<PlannedFile>();
        var publicationDiagnostics = new List<Diagnostic>();
        var done = 0;
        foreach (var publication in ReadInOrder(sources, site, stages, request.MaxParallelism))
        {
            var bag = new DiagnosticBag();
            try
            {
                files.AddRange(writer.Write(publication, bag));
            }
            catch (Exception ex)
            {
                bag.Error(DiagnosticCodes.InternalError, publication.Source.SitePath, null,
                    $"the {writer.Name} writer failed: {ex.GetType().Name}: {ex.Message}");
            }
            publicationDiagnostics.AddRange(publication.Diagnostics);
            publicationDiagnostics.AddRange(bag.Items);
            done++;
            request.Progress?.Report(new ConversionProgress(done, sources.Count, publication.Source.SitePath));
        }

        try
        {
            files.AddRange(writer.Complete(site, siteBag));
        }
        catch (Exception ex)
        {
            siteBag.Error(DiagnosticCodes.InternalError, null, null,
                $"the {writer.Name} writer failed to complete: {ex.GetType().Name}: {ex.Message}");
        }

        var planBag = new DiagnosticBag();
        var planned = SortAndDeduplicate(files, planBag);
        var diagnostics = new List<Diagnostic>(siteBag.Items.Count + publicationDiagnostics.Count + planBag.Items.Count);
        diagnostics.AddRange(siteBag.Items);
        diagnostics.AddRange(publicationDiagnostics);
        diagnostics.AddRange(planBag.Items);
        return new ConversionResult(new OutputPlan(planned, diagnostics), sources.Count, site);
    }

    public static InspectResult Inspect(string path, IReadOnlyList<string> sections) => Inspect(path, sections, ConversionStages.Default);

    /// <summary>Reads the publications at <paramref name="path"/> without writing anything (for <c>migrate inspect</c>).</summary>
    public static InspectResult Inspect(string path, IReadOnlyList<string> sections, ConversionStages stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var siteBag = new DiagnosticBag();
        var loaded = Load(path, sections, null, stages, siteBag);
        if (loaded is null)
        {
            return new InspectResult(Array.Empty<Publication>(), siteBag.Items.ToList());
        }
        var publications = ReadInOrder(loaded.Publications, loaded.Site, stages, 1).ToList();
        return new InspectResult(publications, siteBag.Items.ToList());
    }

    /// <summary>Checks the source and output folders and loads the site; null (with an error in the bag) when the run cannot go on.</summary>
    private static SiteLoadResult? Load(
        string sourcePath, IReadOnlyList<string> sections, string? outputDirectory, ConversionStages stages, DiagnosticBag bag)
    {
        string sourceFull;
        try
        {
            sourceFull = Path.GetFullPath(sourcePath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            bag.Error(DiagnosticCodes.SourceNotFound, sourcePath, null, $"the source path is not valid: {ex.Message}");
            return null;
        }
        var sourceIsFile = File.Exists(sourceFull);
        if (!sourceIsFile && !Directory.Exists(sourceFull))
        {
            bag.Error(DiagnosticCodes.SourceNotFound, sourcePath, null, "the source does not exist");
            return null;
        }

        string? outputFull = null;
        if (outputDirectory is not null)
        {
            outputFull = Path.GetFullPath(outputDirectory);
            var sourceTree = sourceIsFile ? Path.GetDirectoryName(sourceFull)! : sourceFull;
            if (PathContains(sourceTree, outputFull))
            {
                bag.Error(DiagnosticCodes.OutputInsideSource, outputDirectory, null,
                    $"the output folder is inside the source tree '{sourcePath}'; choose a folder outside it");
                return null;
            }
        }

        var effectiveSections = sections.Count == 0 ? DefaultSections : sections;
        SiteLoadResult loaded;
        try
        {
            loaded = stages.LoadSite(sourcePath, effectiveSections, bag);
        }
        catch (Exception ex)
        {
            bag.Error(DiagnosticCodes.InternalError, sourcePath, null, $"loading the site failed: {ex.GetType().Name}: {ex.Message}");
            return null;
        }

        if (outputFull is not null && PathContains(Path.GetFullPath(loaded.Site.RootPath), outputFull))
        {
            bag.Error(DiagnosticCodes.OutputInsideSource, outputDirectory, null,
                $"the output folder is inside the Hugo site '{loaded.Site.RootPath}'; choose a folder outside it");
            return null;
        }
        return loaded;
    }

    /// <summary>
    /// Reads the publications with up to <paramref name="parallelism"/> at once, yielding them in source order.
    /// Works in windows of a few publications per worker, so memory stays bounded on large sites.
    /// </summary>
    private static IEnumerable<Publication> ReadInOrder(
        IReadOnlyList<PublicationSource> sources, SiteContext site, ConversionStages stages, int parallelism)
    {
        if (parallelism <= 1 || sources.Count < 2)
        {
            foreach (var source in sources)
            {
                yield return ReadOne(source, site, stages);
            }
            yield break;
        }

        var window = parallelism * 4;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        for (var start = 0; start < sources.Count; start += window)
        {
            var count = Math.Min(window, sources.Count - start);
            var batch = new Publication[count];
            var offset = start;
            Parallel.For(0, count, options, i => batch[i] = ReadOne(sources[offset + i], site, stages));
            foreach (var publication in batch)
            {
                yield return publication;
            }
        }
    }

    /// <summary>Reads one page; a reader failure becomes a placeholder publication carrying the error.</summary>
    private static Publication ReadOne(PublicationSource source, SiteContext site, ConversionStages stages)
    {
        try
        {
            var publication = stages.ReadPublication(source, site);
            if (publication is not null)
            {
                return publication;
            }
            return Placeholder(source, "the reader returned no publication");
        }
        catch (Exception ex)
        {
            return Placeholder(source, $"reading failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static Publication Placeholder(PublicationSource source, string message)
    {
        var publication = new Publication { Source = source };
        publication.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InternalError, source.SitePath, null, message));
        return publication;
    }

    /// <summary>Sorts by ordinal path and keeps the first of several files planned for one path (an error each).</summary>
    internal static List<PlannedFile> SortAndDeduplicate(List<PlannedFile> files, DiagnosticBag bag)
    {
        var sorted = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var result = new List<PlannedFile>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var file = sorted[i];
            if (result.Count > 0 && string.Equals(result[^1].RelativePath, file.RelativePath, StringComparison.Ordinal))
            {
                var first = result[^1];
                bag.Error(DiagnosticCodes.DuplicateOutputPath, file.RelativePath, null,
                    $"two outputs share this path (from {Describe(first)} and {Describe(file)}); only the first is written");
                continue;
            }
            result.Add(file);
        }
        return result;
    }

    private static string Describe(PlannedFile file) =>
        file.Sources.Count == 0 ? "the writer" : string.Join(", ", file.Sources.Take(3)) + (file.Sources.Count > 3 ? ", …" : "");

    private static bool PathContains(string folder, string path)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.TrimEndingDirectorySeparator(folder);
        var candidate = Path.TrimEndingDirectorySeparator(path);
        return string.Equals(root, candidate, comparison)
            || candidate.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }
}
