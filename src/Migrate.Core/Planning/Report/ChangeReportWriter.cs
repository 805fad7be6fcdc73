using System.Text.Json;

namespace Migrate.Core.Planning.Report;

/// <summary>
/// Serializes a <see cref="ChangeReport"/> to UTF-8 JSON (two-space indent, LF, final newline; property order
/// fixed; absent values as <c>null</c>) following <c>schemas/migrate-report.schema.json</c>. Pure: the CLI
/// writes the bytes (through the applier's atomic write, or to stdout for <c>--report -</c>).
/// </summary>
public static class ChangeReportWriter
{
    public static byte[] Serialize(ChangeReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", report.Version);
            w.WriteString("writer", report.Writer);
            w.WriteStartObject("options");
            w.WriteBoolean("prune", report.Prune);
            w.WriteBoolean("force", report.Force);
            w.WriteEndObject();
            w.WriteStartArray("files");
            foreach (var f in report.Files)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteString("action", f.Action);
                w.WriteBoolean("pending", f.Pending);
                WriteNullable(w, "conflict", f.Conflict);
                WriteNullable(w, "sha256", f.Sha256);
                w.WriteStartArray("sources");
                foreach (var s in f.Sources)
                {
                    w.WriteStringValue(s);
                }
                w.WriteEndArray();
                WriteDiagnostics(w, f.Diagnostics);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteDiagnostics(w, report.Diagnostics);
            w.WriteStartObject("totals");
            w.WriteNumber("create", report.Totals.Create);
            w.WriteNumber("modify", report.Totals.Modify);
            w.WriteNumber("delete", report.Totals.Delete);
            w.WriteNumber("unchanged", report.Totals.Unchanged);
            w.WriteNumber("conflict", report.Totals.Conflict);
            w.WriteNumber("pending", report.Totals.Pending);
            w.WriteNumber("errors", report.Totals.Errors);
            w.WriteNumber("warnings", report.Totals.Warnings);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, IReadOnlyList<ChangeReportDiagnostic> diagnostics)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.Severity);
            WriteNullable(w, "path", d.Path);
            WriteNullable(w, "line", d.Line);
            WriteNullable(w, "column", d.Column);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
