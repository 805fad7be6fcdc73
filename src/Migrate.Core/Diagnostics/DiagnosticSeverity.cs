namespace Migrate.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors mean a bundle (or the run) could not be converted.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
