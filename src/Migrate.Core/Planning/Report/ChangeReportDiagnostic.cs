namespace Migrate.Core.Planning.Report;

/// <summary>A diagnostic as the report shows it (severity as <c>error</c>/<c>warning</c>/<c>info</c>).</summary>
public sealed record ChangeReportDiagnostic(string Code, string Severity, string? Path, int? Line, int? Column, string Message);
