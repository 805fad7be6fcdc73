using System.Buffers;
using System.Text.Json;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;

namespace Migrate.Core.Writing.Json;

/// <summary>
/// The <c>json</c> target: one deterministic document, <c>publications.json</c>, holding the site summary and every
/// publication (lossless front matter with comments, typed view, Hugo's view, body, resources, diagnostics).
/// Each publication is serialised to compact UTF-8 as soon as <see cref="Write"/> sees it, so the run holds bytes,
/// not object graphs; <see cref="Complete"/> indents them into the document (<see cref="CompactJsonIndenter"/>).
/// </summary>
public sealed class JsonSiteWriter : IPublicationWriter
{
    /// <summary>The one file this writer plans, relative to the output folder.</summary>
    public const string FileName = "publications.json";

    /// <summary>Value of the document's <c>format</c> member.</summary>
    public const string FormatName = "migrate-publications";

    /// <summary>Value of the document's <c>version</c> member; bump on any incompatible change of the shape.</summary>
    public const int FormatVersion = 1;

    // Each publication is kept as compact UTF-8 (about 55% of its indented size) with its indented length, and
    // Complete indents it straight into one exact-size array with CompactJsonIndenter. The earlier design re-parsed
    // every record with JsonDocument to re-indent it: on a 2,000-bundle site that took ~0.45 s of a ~1.9 s run, and
    // the growing MemoryStream plus its ToArray copy held about three copies of the 38 MB document at the peak.
    // Depth of a publication object in the document: root object, then the "publications" array.
    private const int PublicationDepth = 2;
    private readonly List<byte[]> _publications = new();
    private readonly List<long> _indentedLengths = new();
    private readonly List<string> _sources = new();
    private readonly ArrayBufferWriter<byte> _scratch = new(64 * 1024);
    private Utf8JsonWriter? _scratchWriter;

    public string Name => "json";

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var compact = Serialize(publication, diagnostics);
        _publications.Add(compact);
        _indentedLengths.Add(CompactJsonIndenter.IndentedLength(compact, PublicationDepth));
        _sources.Add(publication.Source.SitePath);
        return Array.Empty<PlannedFile>();
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        // Head: everything up to and including the '[' that opens "publications".
        var head = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(head, PublicationJson.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            WriteSite(writer, site);
            writer.WriteStartArray("publications");
        }
        // Tail: from the end of the last publication to the end of the document. A writer put in the same state
        // (inside "publications", after an element when there is one) emits exactly the bytes the single writer did.
        var tail = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(tail, PublicationJson.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("publications");
            if (_publications.Count > 0)
            {
                writer.WriteRawValue("0"u8, skipInputValidation: true);
            }
            writer.Flush();
            tail.ResetWrittenCount();
            writer.WriteEndArray();
            // A snapshot: the site-level bag holds what discovery reported before the publications were read.
            PublicationJson.WriteDiagnostics(writer, "diagnostics", diagnostics.Items.ToList());
            writer.WriteEndObject();
        }

        // One exact-size array: no growth doubling and no final copy.
        long total = head.WrittenCount + tail.WrittenCount + 1 + Math.Max(0, _publications.Count - 1);
        foreach (var length in _indentedLengths)
        {
            // Each element starts on its own line at the publication depth (the writer's newline and indentation).
            total += 1 + PublicationDepth * 2 + length;
        }
        var content = new byte[total];
        var at = 0;
        head.WrittenSpan.CopyTo(content);
        at += head.WrittenCount;
        for (var i = 0; i < _publications.Count; i++)
        {
            if (i > 0)
            {
                content[at++] = (byte)',';
            }
            content[at++] = (byte)'\n';
            content.AsSpan(at, PublicationDepth * 2).Fill((byte)' ');
            at += PublicationDepth * 2;
            at += CompactJsonIndenter.Indent(_publications[i], PublicationDepth, content.AsSpan(at));
        }
        tail.WrittenSpan.CopyTo(content.AsSpan(at));
        at += tail.WrittenCount;
        content[at] = (byte)'\n';
        _publications.Clear();
        _indentedLengths.Clear();
        return new[] { new PlannedFile(FileName, content, null, _sources.ToArray()) };
    }

    private byte[] Serialize(Publication publication, DiagnosticBag diagnostics)
    {
        try
        {
            return SerializeCompact(publication);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or JsonException)
        {
            // Only a tree the readers should have refused (too deep, unknown node type) gets here. Keep the record,
            // without the parts that failed, and say so, rather than losing the publication or the run.
            var diagnostic = Diagnostic.Error(
                DiagnosticCodes.InternalError,
                publication.Source.SitePath,
                null,
                $"JSON writer could not serialise the front matter: {ex.Message}");
            diagnostics.Add(diagnostic);
            var fallback = new Publication
            {
                Source = publication.Source,
                Body = publication.Body,
                FrontMatterBlock = publication.FrontMatterBlock,
                HadBom = publication.HadBom,
                NewLine = publication.NewLine,
            };
            fallback.Diagnostics.AddRange(publication.Diagnostics);
            fallback.Diagnostics.Add(diagnostic);
            return SerializeCompact(fallback);
        }
    }

    /// <summary>The publication as compact JSON, through one reused writer and buffer (one exact-size array per publication).</summary>
    private byte[] SerializeCompact(Publication publication)
    {
        _scratch.ResetWrittenCount();
        var writer = _scratchWriter ??= new Utf8JsonWriter(_scratch, PublicationJson.WriterOptions(indented: false));
        writer.Reset(_scratch);
        PublicationJson.Write(writer, publication);
        writer.Flush();
        return _scratch.WrittenSpan.ToArray();
    }

    private static void WriteSite(Utf8JsonWriter writer, SiteContext site)
    {
        var config = site.Config;
        writer.WriteStartObject("site");
        // The folder name, not the path: the path differs between machines and would break determinism.
        writer.WriteString("root", Path.GetFileName(Path.TrimEndingDirectorySeparator(site.RootPath)));
        writer.WriteString("defaultLanguage", config.DefaultLanguage);
        writer.WriteStartArray("languages");
        foreach (var language in config.Languages)
        {
            writer.WriteStartObject();
            writer.WriteString("code", language.Code);
            writer.WriteNumber("weight", language.Weight);
            writer.WriteBoolean("disabled", language.Disabled);
            writer.WriteStartArray("contentDirs");
            foreach (var dir in language.ContentDirs)
            {
                writer.WriteStringValue(dir);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("excludeGlobs");
            foreach (var glob in language.ExcludeGlobs)
            {
                writer.WriteStringValue(glob);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("timeZone", config.TimeZone);
        if (config.PublicationTypeLegend is { } legend)
        {
            writer.WriteStartArray("publicationTypeLegend");
            foreach (var label in legend)
            {
                writer.WriteStringValue(label);
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("publicationTypeLegend");
        }
        writer.WriteStartObject("taxonomies");
        foreach (var pair in config.Taxonomies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(pair.Key, pair.Value);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
