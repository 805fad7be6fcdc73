using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

namespace Migrate.Core.IO;

/// <summary>
/// The only code in <c>migrate</c> that writes files. It executes a <see cref="ChangeSet"/> (a plan compared with
/// the output folder by <see cref="PlanComparer"/>, which also validates every path with
/// <see cref="OutputPaths"/> and <see cref="OutputFolder"/>): it refuses the whole run, writing nothing, when a
/// file it would have to touch is a conflict (not written by <c>migrate</c>, or edited since) unless
/// <see cref="ApplyOptions.Force"/>; writes creates and modifications atomically (a temporary file in
/// <c>.migrate/tmp</c>, then a rename over the target, so a reader never sees half a file); deletes stale files
/// only with <see cref="ApplyOptions.Prune"/>; and stores the manifest (<c>.migrate/manifest.json</c>) last.
/// A file whose bytes are already identical is not touched and an unchanged rerun writes nothing at all.
/// Failures become diagnostics and the remaining files are still applied.
/// </summary>
/// <remarks>
/// <para><b>Why an interrupted run leaves a consistent folder.</b> Killing the process can happen between any
/// two system calls. Every output file changes by one <c>rename(2)</c> (or one <c>unlink(2)</c>), so each file is
/// always either its old or its new bytes; temporary files live only in <c>.migrate/tmp</c>, which belongs to
/// <c>migrate</c> and is emptied at the start of the next applying run.</para>
/// <para>The manifest must never call a file the user's when <c>migrate</c> wrote it (the rerun would then refuse
/// with a false conflict) and never call a user's file <c>migrate</c>'s (the rerun would overwrite it). With only
/// a final manifest, a run killed after writing some files would leave those files with bytes the old manifest
/// does not know, i.e. false conflicts once the plan changes again. So before changing any file the applier
/// stores an <i>intent</i> manifest in which each path it is about to touch accepts both its old digests and its
/// new digest (<see cref="OutputManifestEntry.Alternatives"/>); deletions keep their old entry (a file that is
/// already gone is simply dropped by the next comparison). At every instant after that, each file on disk
/// matches one digest its entry accepts. Only after the last file is written or deleted is the final manifest
/// (one digest per path, from what actually happened) renamed over it. A user's file that a forced run was
/// about to overwrite is deliberately not accepted by the intent manifest: if the run dies first, the next run
/// still reports that file as a conflict. Both manifests are themselves written with temp + rename.</para>
/// </remarks>
public static class PlanApplier
{
    /// <summary>Where temporary files are created (inside the reserved folder, on the output's file system).</summary>
    public const string TempFolder = OutputPaths.ReservedFolder + "/tmp";

    private const string TempSuffix = ".migrate-tmp";

    public static ApplyResult Apply(OutputPlan plan, string outputDirectory) => Apply(plan, outputDirectory, ApplyOptions.Default);

    /// <summary>Compares <paramref name="plan"/> with the folder, then applies the comparison (its diagnostics are included).</summary>
    public static ApplyResult Apply(OutputPlan plan, string outputDirectory, ApplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var changes = PlanComparer.Compare(plan, outputDirectory);
        var result = Apply(changes, outputDirectory, options);
        var inSet = changes.Changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var skipped = plan.Files.Select(f => f.RelativePath).Where(p => !inSet.Contains(p));
        return result with
        {
            Diagnostics = [.. changes.Diagnostics, .. result.Diagnostics],
            NotWritten = [.. skipped, .. result.NotWritten],
        };
    }

    /// <summary>
    /// Applies <paramref name="changes"/>, which must come from <see cref="PlanComparer"/> for the same
    /// <paramref name="outputDirectory"/>. The diagnostics of the comparison are not repeated in the result.
    /// Each file is checked again just before it is replaced or deleted: if it changed since the comparison, it
    /// is left alone (a <see cref="DiagnosticCodes.OutputConflict"/> error).
    /// </summary>
    public static ApplyResult Apply(ChangeSet changes, string outputDirectory, ApplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var diagnostics = new DiagnosticBag();
        var folder = new OutputFolder(outputDirectory);
        var conflicts = changes.Changes.Where(c => c.Kind == ChangeKind.Conflict && c.IsPending(options.Prune)).ToList();
        var unchanged = changes.Changes.Where(c => c.Kind == ChangeKind.Unchanged).Select(c => c.Path).ToList();

        if (conflicts.Count > 0 && !options.Force)
        {
            foreach (var c in conflicts)
            {
                diagnostics.Error(DiagnosticCodes.OutputConflict, c.Path, null, DescribeConflict(c) + "; not overwritten (use --force)");
            }
            return new ApplyResult([], unchanged, PendingPaths(changes, options), diagnostics.Items)
            {
                Refused = true,
                Conflicts = conflicts,
            };
        }

        var writes = new List<FileChange>();
        var deletes = new List<FileChange>();
        var notWritten = new List<string>();
        foreach (var c in changes.Changes)
        {
            switch (c.Kind)
            {
                case ChangeKind.Create or ChangeKind.Modify:
                    writes.Add(c);
                    break;
                case ChangeKind.Delete when options.Prune:
                    deletes.Add(c);
                    break;
                case ChangeKind.Conflict when c.IsPending(options.Prune):
                    if (c.Conflict == ConflictReason.NotARegularFile)
                    {
                        diagnostics.Error(DiagnosticCodes.OutputConflict, c.Path, null,
                            "not a regular file (a folder or a symlink stands there); --force does not replace it, remove it by hand");
                        notWritten.Add(c.Path);
                    }
                    else if (c.New is not null)
                    {
                        writes.Add(c);
                    }
                    else
                    {
                        deletes.Add(c);
                    }
                    break;
            }
        }

        var previous = changes.PreviousManifest;
        var carried = CarriedEntries(changes, folder);
        var planned = FinalEntries(changes, writes, deletes, carried, failed: []);
        var touched = writes.Count + deletes.Count > 0;

        if (File.Exists(folder.Root))
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, outputDirectory, null, "the output folder is a file");
            return new ApplyResult([], unchanged, [.. notWritten, .. writes.Select(c => c.Path), .. deletes.Select(c => c.Path)], diagnostics.Items);
        }

        // Nothing to change and the manifest already says so: a no-op rerun writes nothing at all.
        var finalBytes = OutputManifestSerializer.Serialize(new OutputManifest(options.Writer, planned));
        if (!touched && ManifestOnDiskEquals(folder, finalBytes))
        {
            return new ApplyResult([], unchanged, notWritten, diagnostics.Items) { Conflicts = options.Force ? conflicts : [] };
        }

        string tempFolder;
        try
        {
            tempFolder = PrepareTempFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, OutputPaths.ReservedFolder, null, $"cannot prepare the output folder: {ex.Message}");
            return new ApplyResult([], unchanged, [.. notWritten, .. writes.Select(c => c.Path), .. deletes.Select(c => c.Path)], diagnostics.Items);
        }

        if (touched)
        {
            var intent = IntentEntries(planned, previous);
            if (!TryWriteManifest(folder, tempFolder, new OutputManifest(options.Writer, intent), diagnostics, out _))
            {
                // Without the intent manifest an interruption could leave false conflicts: change nothing.
                return new ApplyResult([], unchanged, [.. notWritten, .. writes.Select(c => c.Path), .. deletes.Select(c => c.Path)], diagnostics.Items);
            }
        }

        var failed = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var c in writes)
        {
            if (WriteOne(c, folder, tempFolder, diagnostics))
            {
                written.Add(c.Path);
                options.AfterEachChange?.Invoke(c.Path);
            }
            else
            {
                failed.Add(c.Path);
                notWritten.Add(c.Path);
            }
        }
        var deleted = new List<string>();
        foreach (var c in deletes)
        {
            if (DeleteOne(c, folder, diagnostics))
            {
                deleted.Add(c.Path);
                options.AfterEachChange?.Invoke(c.Path);
            }
            else
            {
                failed.Add(c.Path);
                notWritten.Add(c.Path);
            }
        }

        var final = FinalEntries(changes, writes, deletes, carried, failed);
        TryWriteManifest(folder, tempFolder, new OutputManifest(options.Writer, final), diagnostics, out var manifestWritten);
        RemoveIfEmpty(tempFolder);
        return new ApplyResult(written, unchanged, notWritten, diagnostics.Items)
        {
            Deleted = deleted,
            Conflicts = options.Force ? conflicts : [],
            ManifestWritten = manifestWritten,
        };
    }

    /// <summary>
    /// Replaces <paramref name="fullPath"/> atomically (temporary file in the same folder, then rename). For files
    /// outside any output folder, such as the <c>--report</c> file. The folder must exist. Throws on I/O errors.
    /// </summary>
    public static void WriteFileAtomically(string fullPath, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        ArgumentNullException.ThrowIfNull(bytes);
        var full = Path.GetFullPath(fullPath);
        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static List<string> PendingPaths(ChangeSet changes, ApplyOptions options) =>
        changes.Changes.Where(c => c.IsPending(options.Prune)).Select(c => c.Path).ToList();

    /// <summary>
    /// Manifest entries the comparison did not look at but that still describe the disk: paths whose comparison
    /// failed (an unreadable source, say) while the file is still there. Entries for files that are gone drop out.
    /// </summary>
    private static List<OutputManifestEntry> CarriedEntries(ChangeSet changes, OutputFolder folder)
    {
        var result = new List<OutputManifestEntry>();
        if (changes.PreviousManifest is not { } previous)
        {
            return result;
        }
        var inSet = changes.Changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in previous.Files)
        {
            if (!inSet.Contains(entry.Path) && !OutputPaths.IsReserved(entry.Path) &&
                folder.Probe(entry.Path).State == OutputEntryState.RegularFile)
            {
                result.Add(entry);
            }
        }
        return result;
    }

    /// <summary>The manifest after the run: new digests for what was written or already equal, old entries for what was left alone or failed.</summary>
    private static List<OutputManifestEntry> FinalEntries(ChangeSet changes, List<FileChange> writes, List<FileChange> deletes,
        List<OutputManifestEntry> carried, HashSet<string> failed)
    {
        var writeSet = writes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var deleteSet = deletes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var entries = new List<OutputManifestEntry>(carried);
        foreach (var c in changes.Changes)
        {
            var previous = changes.PreviousManifest?.Find(c.Path);
            if (failed.Contains(c.Path))
            {
                // The file still holds what it held before (writes are atomic), so the old entry is still true.
                if (previous is not null)
                {
                    entries.Add(previous);
                }
                continue;
            }
            if ((writeSet.Contains(c.Path) || c.Kind == ChangeKind.Unchanged) && c.New is { } digest)
            {
                entries.Add(OutputManifestEntry.Create(c.Path, digest));
            }
            else if (!deleteSet.Contains(c.Path) && previous is not null)
            {
                entries.Add(previous); // stale but kept, or a conflict left alone
            }
        }
        return entries;
    }

    /// <summary>The final entries, each also accepting every digest the previous manifest accepted for that path.</summary>
    private static List<OutputManifestEntry> IntentEntries(List<OutputManifestEntry> planned, OutputManifest? previous)
    {
        var result = new List<OutputManifestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in planned)
        {
            seen.Add(entry.Path);
            var old = previous?.Find(entry.Path);
            result.Add(old is null ? entry : OutputManifestEntry.Create(entry.Path, entry.Digest, [.. entry.AllDigests, .. old.AllDigests]));
        }
        foreach (var old in previous?.Files ?? [])
        {
            if (!seen.Contains(old.Path) && !OutputPaths.IsReserved(old.Path))
            {
                result.Add(old); // about to be deleted: until then (and if the run dies first) it is still ours
            }
        }
        return result;
    }

    private static bool ManifestOnDiskEquals(OutputFolder folder, byte[] bytes)
    {
        var probe = folder.Probe(OutputManifestSerializer.RelativePath);
        if (probe.State != OutputEntryState.RegularFile)
        {
            return false;
        }
        try
        {
            var info = new FileInfo(probe.FullPath);
            return info.Length == bytes.LongLength && File.ReadAllBytes(probe.FullPath).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Creates <c>.migrate/tmp</c> (checked to be a real folder inside the output) and removes temp files an interrupted run left there.</summary>
    private static string PrepareTempFolder(OutputFolder folder)
    {
        var probe = folder.Probe(TempFolder + "/x");
        if (probe.State is OutputEntryState.OutsideOutput or OutputEntryState.NotARegularFile)
        {
            throw new InvalidOperationException($"{TempFolder} is not a plain folder inside the output folder");
        }
        var manifest = folder.Probe(OutputManifestSerializer.RelativePath);
        if (manifest.State is OutputEntryState.OutsideOutput or OutputEntryState.NotARegularFile)
        {
            throw new InvalidOperationException($"{OutputManifestSerializer.RelativePath} is not a regular file inside the output folder");
        }
        var path = Path.Combine(folder.Root, OutputPaths.ReservedFolder, "tmp");
        Directory.CreateDirectory(path);
        foreach (var stale in Directory.EnumerateFiles(path, "*" + TempSuffix))
        {
            File.Delete(stale);
        }
        return path;
    }

    private static string NewTemp(string tempFolder) => Path.Combine(tempFolder, Guid.NewGuid().ToString("N") + TempSuffix);

    /// <summary>True when the disk now holds <paramref name="manifest"/> (<paramref name="written"/>: it had to be written).</summary>
    private static bool TryWriteManifest(OutputFolder folder, string tempFolder, OutputManifest manifest, DiagnosticBag diagnostics, out bool written)
    {
        written = false;
        var bytes = OutputManifestSerializer.Serialize(manifest);
        if (ManifestOnDiskEquals(folder, bytes))
        {
            return true;
        }
        var target = Path.Combine(folder.Root, OutputManifestSerializer.RelativePath.Replace('/', Path.DirectorySeparatorChar));
        var temp = NewTemp(tempFolder);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }
            File.Move(temp, target, overwrite: true);
            written = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, OutputManifestSerializer.RelativePath, null, $"cannot write the manifest: {ex.Message}");
            return false;
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>
    /// Writes one planned file: the target must still be what the comparison saw (absent, or the same bytes),
    /// the new bytes go to a temp file (a copied resource is hashed again: the manifest must record what is
    /// really there), then one rename puts them in place. A create never replaces a file that appeared meanwhile.
    /// </summary>
    private static bool WriteOne(FileChange c, OutputFolder folder, string tempFolder, DiagnosticBag diagnostics)
    {
        var planned = c.Planned!;
        if (!StillAsCompared(c, folder, diagnostics, out var target))
        {
            return false;
        }
        var temp = NewTemp(tempFolder);
        try
        {
            if (planned.Content is { } bytes)
            {
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
            }
            else if (planned.CopyFrom is { } source)
            {
                File.Copy(source, temp, overwrite: false);
                if (FileDigest.OfFile(temp) != c.New)
                {
                    diagnostics.Error(DiagnosticCodes.WriteFailed, c.Path, null,
                        $"the source '{source}' changed while migrate was running; not written (run again)");
                    return false;
                }
            }
            else
            {
                throw new IOException("the plan gives neither content nor a file to copy");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temp, target, overwrite: c.Old is not null);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, c.Path, null, $"cannot write the file: {ex.Message}");
            return false;
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static bool DeleteOne(FileChange c, OutputFolder folder, DiagnosticBag diagnostics)
    {
        if (!StillAsCompared(c, folder, diagnostics, out var target))
        {
            return false;
        }
        try
        {
            File.Delete(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, c.Path, null, $"cannot delete the stale file: {ex.Message}");
            return false;
        }
        RemoveEmptyParents(folder, c.Path);
        return true;
    }

    /// <summary>True when the disk still holds what the comparison saw at <paramref name="c"/>'s path (nothing, or bytes with digest <see cref="FileChange.Old"/>).</summary>
    private static bool StillAsCompared(FileChange c, OutputFolder folder, DiagnosticBag diagnostics, out string target)
    {
        var probe = folder.Probe(c.Path);
        target = probe.FullPath;
        bool same;
        try
        {
            same = c.Old is null
                ? probe.State == OutputEntryState.Missing
                : probe.State == OutputEntryState.RegularFile && FileDigest.OfFile(probe.FullPath) == c.Old;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, c.Path, null, $"cannot read the output file: {ex.Message}");
            return false;
        }
        if (!same)
        {
            diagnostics.Error(DiagnosticCodes.OutputConflict, c.Path, null,
                "the file changed on disk while migrate was running; left alone (run again)");
        }
        return same;
    }

    /// <summary>
    /// After pruning a file, removes the folders it leaves empty, bottom up, stopping at the output folder, at a
    /// symlink, and at the first folder that still holds anything (a non-recursive delete of an empty folder
    /// cannot remove anything a user put there).
    /// </summary>
    private static void RemoveEmptyParents(OutputFolder folder, string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var depth = segments.Length - 1; depth > 0; depth--)
        {
            var path = Path.Combine([folder.Root, .. segments[..depth]]);
            var info = new DirectoryInfo(path);
            if (!info.Exists || info.LinkTarget is not null || !RemoveIfEmpty(path))
            {
                return;
            }
        }
    }

    private static bool RemoveIfEmpty(string path)
    {
        try
        {
            if (Directory.EnumerateFileSystemEntries(path).Any())
            {
                return false;
            }
            Directory.Delete(path, recursive: false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp file in .migrate/tmp is removed by the next applying run.
        }
    }

    private static string DescribeConflict(FileChange c) => c.Conflict switch
    {
        ConflictReason.NotWrittenByMigrate => "the file exists but migrate did not write it",
        ConflictReason.EditedSinceWritten when c.New is null => "the file is no longer produced and was edited since migrate wrote it",
        ConflictReason.EditedSinceWritten => "the file was edited since migrate wrote it",
        ConflictReason.NotARegularFile => "a folder or a symlink stands where the file goes",
        _ => "conflict",
    };
}
