namespace Migrate.Core.Diagnostics;

/// <summary>
/// One message about the input or the conversion, with a stable code (see <see cref="DiagnosticCodes"/>),
/// the file it is about (relative to the source root where possible) and a 1-based line/column when known.
/// The CLI prints it as <c>path(line,col): warning MIG123: message</c>.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string? Path,
    int? Line,
    int? Column,
    string Message)
{
    public static Diagnostic Error(string code, string? path, int? line, string message, int? column = null) =>
        new(code, DiagnosticSeverity.Error, path, line, column, message);

    public static Diagnostic Warning(string code, string? path, int? line, string message, int? column = null) =>
        new(code, DiagnosticSeverity.Warning, path, line, column, message);

    public static Diagnostic Info(string code, string? path, int? line, string message, int? column = null) =>
        new(code, DiagnosticSeverity.Info, path, line, column, message);

    /// <summary>Compiler-style rendering, e.g. <c>content/publication/x/index.md(3,1): warning MIG110: duplicate key</c>.</summary>
    public override string ToString()
    {
        var where = Path ?? "migrate";
        if (Line is { } l)
        {
            where += Column is { } c ? $"({l},{c})" : $"({l})";
        }
        var sev = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{where}: {sev} {Code}: {Message}";
    }
}
