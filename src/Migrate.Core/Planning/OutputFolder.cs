namespace Migrate.Core.Planning;

/// <summary>
/// Read-only, containment-checked access to an output folder. <see cref="Probe"/> resolves every symlink on the
/// way (the folder's own path included) and reports a path that ends up outside the real output folder as
/// <see cref="OutputEntryState.OutsideOutput"/>, so nothing ever reads or hashes a file outside it.
/// </summary>
public sealed class OutputFolder
{
    private const int MaxLinkHops = 40;

    public OutputFolder(string outputDirectory)
    {
        Root = Path.GetFullPath(outputDirectory);
        RealRoot = RealPath(Root, 0) ?? Root;
    }

    /// <summary>The output folder as given (made absolute).</summary>
    public string Root { get; }

    /// <summary>The output folder with every symlink resolved.</summary>
    public string RealRoot { get; }

    public readonly record struct ProbeResult(OutputEntryState State, string FullPath);

    /// <summary>Looks at <paramref name="relativePath"/> (already validated by <see cref="OutputPaths.Validate"/>) without following a final symlink.</summary>
    public ProbeResult Probe(string relativePath)
    {
        var full = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        var segments = relativePath.Split('/');
        var current = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            var info = Stat(current);
            if (info is null)
            {
                return new ProbeResult(OutputEntryState.Missing, full);
            }
            var last = i == segments.Length - 1;
            if (info.LinkTarget is not null)
            {
                var real = RealPath(current, 0);
                if (real is null || !IsInside(real))
                {
                    return new ProbeResult(OutputEntryState.OutsideOutput, full);
                }
                if (last)
                {
                    // Replacing a symlink would replace the link, not the file it shows: not ours to touch.
                    return new ProbeResult(OutputEntryState.NotARegularFile, full);
                }
                if (!Directory.Exists(real))
                {
                    return new ProbeResult(OutputEntryState.NotARegularFile, full);
                }
                continue;
            }
            var isDirectory = (info.Attributes & FileAttributes.Directory) != 0;
            if (last)
            {
                return isDirectory || info is not FileInfo
                    ? new ProbeResult(OutputEntryState.NotARegularFile, full)
                    : new ProbeResult(OutputEntryState.RegularFile, full);
            }
            if (!isDirectory)
            {
                return new ProbeResult(OutputEntryState.NotARegularFile, full);
            }
        }
        return new ProbeResult(OutputEntryState.NotARegularFile, full);
    }

    private bool IsInside(string realPath) =>
        realPath.StartsWith(RealRoot.EndsWith(Path.DirectorySeparatorChar) ? RealRoot : RealRoot + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);

    /// <summary>lstat: the entry itself (a symlink is not followed), or null when nothing is there.</summary>
    private static FileSystemInfo? Stat(string path)
    {
        var file = new FileInfo(path);
        if (file.Exists)
        {
            return file;
        }
        var dir = new DirectoryInfo(path);
        if (dir.Exists || dir.LinkTarget is not null)
        {
            return dir;
        }
        // A dangling symlink exists as an entry although neither Exists is true.
        return file.LinkTarget is not null ? file : null;
    }

    /// <summary>realpath(3) for a path whose tail may not exist yet; null for a symlink loop.</summary>
    private static string? RealPath(string path, int hops)
    {
        if (hops > MaxLinkHops)
        {
            return null;
        }
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = Stat(next);
            if (info is null)
            {
                return Path.Combine([current, .. parts[i..]]);
            }
            if (info.LinkTarget is { } target)
            {
                var resolved = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), hops + 1);
                if (resolved is null)
                {
                    return null;
                }
                next = resolved;
                hops++;
            }
            current = next;
        }
        return current;
    }
}
