namespace Migrate.Core.Diagnostics;

/// <summary>
/// Collects diagnostics for one unit of work (usually one bundle). Not thread-safe by design:
/// each bundle gets its own bag, so parallel conversion needs no locking and output order stays deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, string? path, int? line, string message, int? column = null) =>
        _items.Add(Diagnostic.Error(code, path, line, message, column));

    public void Warning(string code, string? path, int? line, string message, int? column = null) =>
        _items.Add(Diagnostic.Warning(code, path, line, message, column));

    public void Info(string code, string? path, int? line, string message, int? column = null) =>
        _items.Add(Diagnostic.Info(code, path, line, message, column));
}
