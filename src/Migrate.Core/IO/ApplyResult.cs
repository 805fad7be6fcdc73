using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

namespace Migrate.Core.IO;

/// <summary>
/// What applying a change set did: files written (new or changed), files left alone because their bytes were
/// already identical, files not written (refused, failed, or blocked by a conflict; each with a diagnostic),
/// files deleted with <c>--prune</c>. <see cref="Refused"/> is true when conflicts stopped the run before it
/// changed anything; <see cref="Conflicts"/> lists them (or, with <c>--force</c>, the conflicts that were
/// overwritten). Paths are the plan's relative paths.
/// </summary>
public sealed record ApplyResult(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> NotWritten,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<string> Deleted { get; init; } = [];

    public IReadOnlyList<FileChange> Conflicts { get; init; } = [];

    public bool Refused { get; init; }

    /// <summary>True when the run stored a new manifest (false for a no-op rerun, a refusal, or a failure before writing).</summary>
    public bool ManifestWritten { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
