namespace Migrate.Core.Planning;

/// <summary>What the disk holds at an output-relative path, as seen by <see cref="OutputFolder.Probe"/>.</summary>
public enum OutputEntryState
{
    /// <summary>Nothing there (a file may be created).</summary>
    Missing,

    /// <summary>A regular file (not a symlink) inside the output folder.</summary>
    RegularFile,

    /// <summary>A folder, a symlink, a device, or a file standing where a parent folder should be.</summary>
    NotARegularFile,

    /// <summary>The path resolves (through a symlink) to somewhere outside the output folder.</summary>
    OutsideOutput,
}
