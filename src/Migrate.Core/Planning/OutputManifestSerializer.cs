using System.Text.Json;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning;

/// <summary>
/// Reads and writes <see cref="OutputManifest"/> as JSON. Writing is deterministic (sorted entries, two-space
/// indent, LF, final newline, no timestamps), so an unchanged rerun rewrites identical bytes. Reading is
/// tolerant: anything unexpected yields a <see cref="DiagnosticCodes.ManifestUnreadable"/> warning and no
/// manifest, which is the safe reading: every existing file then counts as not written by <c>migrate</c>.
/// </summary>
/// <example>
/// <code>
/// { "version": 1, "writer": "json", "files": [ { "path": "a.json", "sha256": "…64 hex…", "length": 12 } ] }
/// </code>
/// </example>
public static class OutputManifestSerializer
{
    /// <summary>Where the manifest lives, relative to the output folder. The folder <c>.migrate</c> is reserved.</summary>
    public const string RelativePath = ".migrate/manifest.json";

    /// <summary>Manifests larger than this are not read (a sane manifest of 100k files is ~15 MB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static byte[] Serialize(OutputManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", manifest.Version);
            w.WriteString("writer", manifest.Writer);
            w.WriteStartArray("files");
            foreach (var f in manifest.Files)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteString("sha256", f.Sha256);
                w.WriteNumber("length", f.Length);
                if (f.Alternatives.Count > 0)
                {
                    // Only in the manifest of a run that is under way (or was interrupted): see OutputManifestEntry.
                    w.WriteStartArray("alternatives");
                    foreach (var a in f.Alternatives)
                    {
                        w.WriteStartObject();
                        w.WriteString("sha256", a.Sha256);
                        w.WriteNumber("length", a.Length);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Parses manifest bytes; null (plus a warning naming <paramref name="displayPath"/>) when they are not a valid manifest.</summary>
    public static OutputManifest? Deserialize(byte[] bytes, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        string? problem;
        OutputManifest? manifest = null;
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            problem = TryRead(doc.RootElement, out manifest);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({e.Message})";
        }
        if (problem is not null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ManifestUnreadable, displayPath, null,
                $"ignoring the output manifest: {problem}; every existing output file is treated as not written by migrate"));
            return null;
        }
        return manifest;
    }

    /// <summary>
    /// Loads <see cref="RelativePath"/> from <paramref name="outputDirectory"/>: null without a diagnostic when
    /// it does not exist, null with a warning when it cannot be read or is not a valid manifest. Read-only.
    /// </summary>
    public static OutputManifest? Load(string outputDirectory, ICollection<Diagnostic> diagnostics)
    {
        var folder = new OutputFolder(outputDirectory);
        var probe = folder.Probe(RelativePath);
        switch (probe.State)
        {
            case OutputEntryState.Missing:
                return null;
            case OutputEntryState.RegularFile:
                break;
            default:
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ManifestUnreadable, RelativePath, null,
                    "ignoring the output manifest: it is not a regular file inside the output folder"));
                return null;
        }
        try
        {
            var info = new FileInfo(probe.FullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ManifestUnreadable, RelativePath, null,
                    $"ignoring the output manifest: larger than {MaxBytes} bytes"));
                return null;
            }
            return Deserialize(File.ReadAllBytes(probe.FullPath), RelativePath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ManifestUnreadable, RelativePath, null,
                $"ignoring the output manifest: {e.Message}"));
            return null;
        }
    }

    private static string? TryRead(JsonElement root, out OutputManifest? manifest)
    {
        manifest = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "the top level is not an object";
        }
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number ||
            !version.TryGetInt32(out var v))
        {
            return "no numeric \"version\"";
        }
        if (v != OutputManifest.CurrentVersion)
        {
            return $"version {v} is not supported (this migrate reads version {OutputManifest.CurrentVersion})";
        }
        if (!root.TryGetProperty("writer", out var writer) || writer.ValueKind != JsonValueKind.String)
        {
            return "no string \"writer\"";
        }
        if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return "no array \"files\"";
        }
        var entries = new List<OutputManifestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var f in files.EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.Object ||
                !f.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.String ||
                !f.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String ||
                !f.TryGetProperty("length", out var length) || length.ValueKind != JsonValueKind.Number ||
                !length.TryGetInt64(out var len) || len < 0)
            {
                return $"entry {index} needs \"path\", \"sha256\" and a non-negative \"length\"";
            }
            var p = path.GetString()!;
            var h = sha.GetString()!;
            if (OutputPaths.Validate(p) is { } bad)
            {
                return $"entry {index} has an unusable path ({bad})";
            }
            if (h.Length != 64 || !h.All(char.IsAsciiHexDigitLower))
            {
                return $"entry {index} has a malformed sha256";
            }
            if (!seen.Add(p))
            {
                return $"entry {index} repeats the path {p}";
            }
            var alternatives = new List<FileDigest>();
            if (f.TryGetProperty("alternatives", out var alts))
            {
                if (alts.ValueKind != JsonValueKind.Array)
                {
                    return $"entry {index} has an \"alternatives\" member that is not an array";
                }
                foreach (var a in alts.EnumerateArray())
                {
                    if (a.ValueKind != JsonValueKind.Object ||
                        !a.TryGetProperty("sha256", out var ah) || ah.ValueKind != JsonValueKind.String ||
                        ah.GetString() is not { Length: 64 } ahs || !ahs.All(char.IsAsciiHexDigitLower) ||
                        !a.TryGetProperty("length", out var al) || al.ValueKind != JsonValueKind.Number ||
                        !al.TryGetInt64(out var alen) || alen < 0)
                    {
                        return $"entry {index} has a malformed alternative";
                    }
                    alternatives.Add(new FileDigest(ahs, alen));
                }
            }
            entries.Add(OutputManifestEntry.Create(p, new FileDigest(h, len), alternatives));
            index++;
        }
        manifest = new OutputManifest(writer.GetString()!, entries);
        return null;
    }
}
