using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning;

/// <summary>
/// Compares an <see cref="OutputPlan"/> with an output folder without changing anything: the heart of
/// <c>--dry-run</c> and <c>--check</c>, and the applier's guard against clobbering. For each planned file:
/// <see cref="ChangeKind.Create"/> (absent), <see cref="ChangeKind.Unchanged"/> (same bytes),
/// <see cref="ChangeKind.Modify"/> (differs, and the disk holds what the manifest says <c>migrate</c> last
/// wrote), otherwise <see cref="ChangeKind.Conflict"/>. For each manifest file no longer planned:
/// <see cref="ChangeKind.Delete"/> when unedited, <see cref="ChangeKind.Conflict"/> when edited, nothing when
/// already gone. It reads only inside the output folder (symlinks resolved; escapes are errors) and the planned
/// <see cref="PlannedFile.CopyFrom"/> sources, which are hashed as streams.
/// </summary>
public static class PlanComparer
{
    /// <summary>Loads the manifest from the folder (a corrupt one becomes a warning) and compares.</summary>
    public static ChangeSet Compare(OutputPlan plan, string outputDirectory, PlanComparerOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var manifest = OutputManifestSerializer.Load(outputDirectory, diagnostics);
        var result = Compare(plan, outputDirectory, manifest, options);
        return result with { Diagnostics = [.. diagnostics, .. result.Diagnostics] };
    }

    public static ChangeSet Compare(OutputPlan plan, string outputDirectory, OutputManifest? manifest, PlanComparerOptions? options = null)
    {
        options ??= PlanComparerOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var changes = new List<FileChange>();
        var folder = new OutputFolder(outputDirectory);
        if (File.Exists(folder.Root))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, folder.Root, null,
                "the output folder is a file"));
            return new ChangeSet(changes, diagnostics, manifest);
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in plan.Files)
        {
            if (OutputPaths.Validate(file.RelativePath) is { } bad)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, OutputPaths.Printable(file.RelativePath), null,
                    $"refusing to write outside the output folder: {bad}"));
                continue;
            }
            if (OutputPaths.IsReserved(file.RelativePath))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, file.RelativePath, null,
                    $"refusing to write into the reserved folder {OutputPaths.ReservedFolder}/"));
                continue;
            }
            if (!planned.Add(file.RelativePath))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateOutputPath, file.RelativePath, null,
                    "two planned files have this output path; the later one is ignored"));
                continue;
            }
            if (CompareOne(file, folder, manifest, options, diagnostics) is { } change)
            {
                changes.Add(change);
            }
        }

        if (manifest is not null)
        {
            foreach (var entry in manifest.Files)
            {
                if (!planned.Contains(entry.Path) && CompareStale(entry, folder, options, diagnostics) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        changes.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return new ChangeSet(changes, diagnostics, manifest);
    }

    private static FileChange? CompareOne(PlannedFile file, OutputFolder folder, OutputManifest? manifest,
        PlanComparerOptions options, List<Diagnostic> diagnostics)
    {
        var path = file.RelativePath;
        FileDigest newDigest;
        try
        {
            newDigest = file.Content is { } content ? FileDigest.Of(content)
                : file.CopyFrom is { } source ? FileDigest.OfFile(source)
                : throw new InvalidOperationException("a planned file needs Content or CopyFrom");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileReadFailed, file.CopyFrom ?? path, null,
                $"cannot read the content planned for {path}: {e.Message}"));
            return null;
        }

        var probe = folder.Probe(path);
        switch (probe.State)
        {
            case OutputEntryState.OutsideOutput:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, path, null,
                    "refusing to write through a symlink that leads outside the output folder"));
                return null;
            case OutputEntryState.Missing:
                return new FileChange(path, ChangeKind.Create, null, LoadPlanned(file, newDigest, options, diagnostics), file.Sources)
                {
                    New = newDigest,
                    Planned = file,
                };
            case OutputEntryState.NotARegularFile:
                return new FileChange(path, ChangeKind.Conflict, null, null, file.Sources)
                {
                    New = newDigest,
                    Conflict = ConflictReason.NotARegularFile,
                    Planned = file,
                };
        }

        FileDigest oldDigest;
        try
        {
            oldDigest = FileDigest.OfFile(probe.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileReadFailed, path, null, $"cannot read the output file: {e.Message}"));
            return null;
        }
        if (oldDigest == newDigest)
        {
            return new FileChange(path, ChangeKind.Unchanged, null, null, file.Sources) { Old = oldDigest, New = newDigest, Planned = file };
        }

        var written = manifest?.Find(path);
        var (kind, reason) = written is null ? (ChangeKind.Conflict, ConflictReason.NotWrittenByMigrate)
            : written.Accepts(oldDigest) ? (ChangeKind.Modify, (ConflictReason?)null)
            : (ChangeKind.Conflict, ConflictReason.EditedSinceWritten);
        return new FileChange(path, kind, LoadDisk(probe.FullPath, path, oldDigest, options, diagnostics),
            LoadPlanned(file, newDigest, options, diagnostics), file.Sources)
        {
            Old = oldDigest,
            New = newDigest,
            Conflict = reason,
            Planned = file,
        };
    }

    private static FileChange? CompareStale(OutputManifestEntry entry, OutputFolder folder, PlanComparerOptions options,
        List<Diagnostic> diagnostics)
    {
        if (OutputPaths.IsReserved(entry.Path))
        {
            return null;
        }
        var probe = folder.Probe(entry.Path);
        switch (probe.State)
        {
            case OutputEntryState.Missing:
                return null; // already gone: nothing to delete, the next manifest simply drops it
            case OutputEntryState.OutsideOutput:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, entry.Path, null,
                    "the manifest names a path that leads outside the output folder through a symlink"));
                return null;
            case OutputEntryState.NotARegularFile:
                return new FileChange(entry.Path, ChangeKind.Conflict, null, null, []) { Conflict = ConflictReason.NotARegularFile };
        }
        FileDigest oldDigest;
        try
        {
            oldDigest = FileDigest.OfFile(probe.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileReadFailed, entry.Path, null, $"cannot read the output file: {e.Message}"));
            return null;
        }
        var edited = !entry.Accepts(oldDigest);
        return new FileChange(entry.Path, edited ? ChangeKind.Conflict : ChangeKind.Delete,
            LoadDisk(probe.FullPath, entry.Path, oldDigest, options, diagnostics), null, [])
        {
            Old = oldDigest,
            Conflict = edited ? ConflictReason.EditedSinceWritten : null,
        };
    }

    private static byte[]? LoadPlanned(PlannedFile file, FileDigest digest, PlanComparerOptions options, List<Diagnostic> diagnostics)
    {
        if (file.Content is { } content)
        {
            return content;
        }
        return digest.Length > options.MaxLoadedBytes ? null : LoadDisk(file.CopyFrom!, file.CopyFrom!, digest, options, diagnostics);
    }

    /// <summary>The file's bytes when small enough and still what was hashed (else null: the diff then only says "differ").</summary>
    private static byte[]? LoadDisk(string fullPath, string displayPath, FileDigest digest, PlanComparerOptions options, List<Diagnostic> diagnostics)
    {
        if (digest.Length > options.MaxLoadedBytes)
        {
            return null;
        }
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            return FileDigest.Of(bytes) == digest ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileReadFailed, displayPath, null, $"cannot read the file: {e.Message}"));
            return null;
        }
    }
}
