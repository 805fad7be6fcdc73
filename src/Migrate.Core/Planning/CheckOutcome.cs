using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning;

/// <summary>
/// The exit code of <c>--check</c>. It follows the diff(1) family (GNU diff, <c>git diff --exit-code</c>,
/// <c>prettier --check</c>, <c>kubectl diff</c>): 0 = the output folder is in sync, 1 = a real run would change
/// something (including conflicts it would refuse), 2 = trouble (any error diagnostic: unreadable input, a bundle
/// that failed to convert, an unsafe output path). Not terraform's order (where 2 means "changes"), because CI
/// scripts written for git/prettier treat "1" as "out of date". Errors win over pending changes.
/// "Would change" uses the options of the run being checked: stale files count only with <c>--prune</c>
/// (<see cref="FileChange.IsPending"/>), so <c>--check</c> right after <c>convert</c> with the same options is 0.
/// </summary>
public static class CheckOutcome
{
    public const int InSync = 0;
    public const int ChangesPending = 1;
    public const int Error = 2;

    /// <param name="changes">The comparison of the plan with the output folder.</param>
    /// <param name="runDiagnostics">Every other diagnostic of the run (reading, converting, the plan's own).</param>
    /// <param name="prune">Whether the checked run uses <c>--prune</c>.</param>
    public static int ExitCode(ChangeSet changes, IEnumerable<Diagnostic> runDiagnostics, bool prune)
    {
        if (changes.HasErrors || runDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Error;
        }
        return changes.Changes.Any(c => c.IsPending(prune)) ? ChangesPending : InSync;
    }
}
