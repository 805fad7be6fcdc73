using Migrate.Core.Diagnostics;

namespace Migrate.Core.IO;

/// <summary>
/// What applying a plan did: files written (new or changed), files left alone because their bytes were already
/// identical, files refused or failed (each with a diagnostic). Paths are the plan's relative paths.
/// </summary>
public sealed record ApplyResult(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> NotWritten,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
