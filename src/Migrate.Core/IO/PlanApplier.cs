using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

namespace Migrate.Core.IO;

/// <summary>
/// The only code in <c>migrate</c> that writes files. Each planned file is checked to stay inside the output
/// folder (no rooted paths, no <c>..</c>, no empty or <c>.</c> segments, no control characters, no escape through a
/// symlinked folder), then written atomically: a temporary file in the same folder, then a rename over the
/// target, so a reader never sees half a file. A file whose bytes are already identical is not touched, which
/// makes re-runs idempotent. Failures become diagnostics and the remaining files are still applied.
/// </summary>
public static class PlanApplier
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static ApplyResult Apply(OutputPlan plan, string outputDirectory) => Apply(plan, outputDirectory, ApplyOptions.Default);

    public static ApplyResult Apply(OutputPlan plan, string outputDirectory, ApplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var written = new List<string>();
        var unchanged = new List<string>();
        var notWritten = new List<string>();
        var diagnostics = new DiagnosticBag();

        string root;
        try
        {
            Directory.CreateDirectory(outputDirectory);
            root = RealDirectory(Path.GetFullPath(outputDirectory));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, outputDirectory, null, $"cannot create the output folder: {ex.Message}");
            return new ApplyResult(written, unchanged, plan.Files.Select(f => f.RelativePath).ToList(), diagnostics.Items);
        }

        foreach (var file in plan.Files)
        {
            var problem = CheckRelativePath(file.RelativePath);
            string? target = null;
            if (problem is null)
            {
                target = Path.GetFullPath(Path.Combine(root, file.RelativePath));
                problem = CheckStaysInside(root, target);
            }
            if (problem is not null || target is null)
            {
                diagnostics.Error(DiagnosticCodes.PathOutsideOutput, Printable(file.RelativePath), null,
                    $"refusing to write '{Printable(file.RelativePath)}': {problem}");
                notWritten.Add(file.RelativePath);
                continue;
            }

            try
            {
                if (WriteOne(file, target))
                {
                    written.Add(file.RelativePath);
                }
                else
                {
                    unchanged.Add(file.RelativePath);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                diagnostics.Error(DiagnosticCodes.WriteFailed, file.RelativePath, null, $"cannot write the file: {ex.Message}");
                notWritten.Add(file.RelativePath);
            }
        }
        return new ApplyResult(written, unchanged, notWritten, diagnostics.Items);
    }

    /// <summary>Why <paramref name="relativePath"/> is not an acceptable output path, or null when it is.</summary>
    public static string? CheckRelativePath(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return "the path is empty";
        }
        foreach (var c in relativePath)
        {
            if (char.IsControl(c))
            {
                return "the path contains a control character";
            }
        }
        // Rooted in any of the platform spellings: /etc/x, \x, C:\x, C:x, \\server\share.
        if (relativePath[0] is '/' or '\\' || Path.IsPathRooted(relativePath)
            || (relativePath.Length >= 2 && relativePath[1] == ':' && char.IsAsciiLetter(relativePath[0])))
        {
            return "the path is rooted";
        }
        // '\' counts as a separator too: on Windows it is one, and a path must mean the same everywhere.
        foreach (var segment in relativePath.Split('/', '\\'))
        {
            switch (segment)
            {
                case "":
                    return "the path has an empty segment";
                case ".":
                    return "the path has a '.' segment";
                case "..":
                    return "the path has a '..' segment";
            }
        }
        return null;
    }

    /// <summary>
    /// Null when <paramref name="target"/> lies inside <paramref name="root"/> after following every existing
    /// symlinked folder on the way; else the reason.
    /// </summary>
    private static string? CheckStaysInside(string root, string target)
    {
        if (!IsInside(root, target))
        {
            return "it resolves outside the output folder";
        }
        var relative = Path.GetRelativePath(root, target);
        var segments = relative.Split(Path.DirectorySeparatorChar);
        var current = root;
        // Every folder on the way (not the file itself: renaming over a symlinked file replaces the link).
        for (var i = 0; i < segments.Length - 1; i++)
        {
            current = Path.Combine(current, segments[i]);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is null)
            {
                if (!info.Exists)
                {
                    return null; // Nothing exists further down, so nothing can redirect the write.
                }
                continue;
            }
            var resolved = info.ResolveLinkTarget(returnFinalTarget: true);
            var resolvedPath = resolved is null ? null : RealDirectory(Path.GetFullPath(resolved.FullName));
            if (resolvedPath is null || !IsInside(root, resolvedPath))
            {
                return $"the folder '{Path.GetRelativePath(root, current).Replace('\\', '/')}' is a symlink that leads outside the output folder";
            }
        }
        return null;
    }

    /// <summary>Writes or copies one file atomically; false when the target already had exactly these bytes.</summary>
    private static bool WriteOne(PlannedFile file, string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        if (Identical(file, target))
        {
            return false;
        }
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.migrate-tmp");
        try
        {
            if (file.Content is { } bytes)
            {
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
            }
            else if (file.CopyFrom is { } source)
            {
                File.Copy(source, temp, overwrite: false);
            }
            else
            {
                throw new IOException("the plan gives neither content nor a file to copy");
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
        return true;
    }

    private static bool Identical(PlannedFile file, string target)
    {
        var info = new FileInfo(target);
        // A symlink at the target is replaced, never read through (it could point anywhere).
        if (!info.Exists || info.LinkTarget is not null)
        {
            return false;
        }
        if (file.Content is { } bytes)
        {
            return info.Length == bytes.LongLength && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes);
        }
        if (file.CopyFrom is { } source)
        {
            var sourceInfo = new FileInfo(source);
            return sourceInfo.Exists && sourceInfo.Length == info.Length && SameBytes(source, target);
        }
        return false;
    }

    private static bool SameBytes(string a, string b)
    {
        using var sa = File.OpenRead(a);
        using var sb = File.OpenRead(b);
        var ba = new byte[81920];
        var bb = new byte[81920];
        while (true)
        {
            var na = sa.ReadAtLeast(ba, ba.Length, throwOnEndOfStream: false);
            var nb = sb.ReadAtLeast(bb, bb.Length, throwOnEndOfStream: false);
            if (na != nb || !ba.AsSpan(0, na).SequenceEqual(bb.AsSpan(0, nb)))
            {
                return false;
            }
            if (na == 0)
            {
                return true;
            }
        }
    }

    /// <summary>The folder with its own symlink (if it is one) resolved, so containment checks compare real paths.</summary>
    private static string RealDirectory(string fullPath)
    {
        var info = new DirectoryInfo(fullPath);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved)
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(resolved.FullName));
        }
        return Path.TrimEndingDirectorySeparator(fullPath);
    }

    private static bool IsInside(string root, string path)
    {
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison) || string.Equals(path, root, PathComparison);
    }

    /// <summary>The path with control characters made visible, for messages.</summary>
    private static string Printable(string path)
    {
        if (!path.Any(char.IsControl))
        {
            return path;
        }
        return string.Concat(path.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
