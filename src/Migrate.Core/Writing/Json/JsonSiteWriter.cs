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
/// not object graphs; <see cref="Complete"/> assembles the indented document.
/// </summary>
public sealed class JsonSiteWriter : IPublicationWriter
{
    /// <summary>The one file this writer plans, relative to the output folder.</summary>
    public const string FileName = "publications.json";

    /// <summary>Value of the document's <c>format</c> member.</summary>
    public const string FormatName = "migrate-publications";

    /// <summary>Value of the document's <c>version</c> member; bump on any incompatible change of the shape.</summary>
    public const int FormatVersion = 1;

    private readonly List<byte[]> _publications = new();
    private readonly List<string> _sources = new();

    public string Name => "json";

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(publication);
        _publications.Add(Serialize(publication, diagnostics));
        _sources.Add(publication.Source.SitePath);
        return Array.Empty<PlannedFile>();
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PublicationJson.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            WriteSite(writer, site);
            writer.WriteStartArray("publications");
            var readOptions = new JsonDocumentOptions { MaxDepth = PublicationJson.WriterOptions().MaxDepth };
            foreach (var bytes in _publications)
            {
                // Re-reading the compact form lets Utf8JsonWriter indent it at the right depth.
                using var doc = JsonDocument.Parse(bytes, readOptions);
                doc.RootElement.WriteTo(writer);
            }
            writer.WriteEndArray();
            // A snapshot: the site-level bag holds what discovery reported before the publications were read.
            PublicationJson.WriteDiagnostics(writer, "diagnostics", diagnostics.Items.ToList());
            writer.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return new[] { new PlannedFile(FileName, buffer.ToArray(), null, _sources.ToArray()) };
    }

    private static byte[] Serialize(Publication publication, DiagnosticBag diagnostics)
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

    private static byte[] SerializeCompact(Publication publication)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PublicationJson.WriterOptions(indented: false)))
        {
            PublicationJson.Write(writer, publication);
        }
        return buffer.ToArray();
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
