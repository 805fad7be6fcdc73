namespace Migrate.Core.Planning.Report;

/// <summary>
/// One output file in the report: path, action (<c>create</c>/<c>modify</c>/<c>delete</c>/<c>unchanged</c>/
/// <c>conflict</c>), whether the reported run would act on it (<see cref="Pending"/>), the conflict reason, the
/// digest of the planned content, its source files and the diagnostics about those sources.
/// </summary>
public sealed record ChangeReportFile(
    string Path,
    string Action,
    bool Pending,
    string? Conflict,
    string? Sha256,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ChangeReportDiagnostic> Diagnostics);
