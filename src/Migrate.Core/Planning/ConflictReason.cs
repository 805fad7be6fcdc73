namespace Migrate.Core.Planning;

/// <summary>Why a <see cref="ChangeKind.Conflict"/> is one.</summary>
public enum ConflictReason
{
    /// <summary>The file exists but no manifest entry says <c>migrate</c> wrote it.</summary>
    NotWrittenByMigrate,

    /// <summary>The manifest says <c>migrate</c> wrote it, but its bytes changed since (a user edit).</summary>
    EditedSinceWritten,

    /// <summary>A folder, a symlink or another non-file stands where the file should be.</summary>
    NotARegularFile,
}
