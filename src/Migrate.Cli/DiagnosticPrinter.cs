using Migrate.Core.Diagnostics;

namespace Migrate.Cli;

/// <summary>
/// Prints diagnostics one per line in compiler style (<see cref="Diagnostic.ToString"/>) and the closing
/// summary line (<c>migrate: 12 publications, 0 errors, 3 warnings</c>). Info diagnostics are shown only when
/// verbose, but errors and warnings are always counted.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        foreach (var d in diagnostics)
        {
            if (d.Severity != DiagnosticSeverity.Info || verbose)
            {
                error.WriteLine(d.ToString());
            }
        }
    }

    public static string Summary(int publications, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"migrate: {Plural(publications, "publication")}, {Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
