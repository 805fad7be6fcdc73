using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Json;

/// <summary>
/// Writes one publication as the per-publication object of <c>publications.json</c> (also what
/// <c>migrate inspect</c> prints). Member order is fixed by this code, never by dictionaries, so the output is
/// deterministic; nothing machine-specific (absolute paths, clocks) is written.
/// </summary>
public static class PublicationJson
{
    /// <summary>
    /// The writer options every JSON output uses: 2-space indent, LF, readable (non-ASCII letters are not
    /// escaped). <see cref="JsonWriterOptions.MaxDepth"/> leaves room for <see cref="FrontMatterJson.MaxDepth"/>
    /// tree levels (each level costs three JSON levels).
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented = true) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 1000,
    };

    /// <summary>The publication as an indented JSON text with LF line ends and a final newline.</summary>
    public static string ToJsonText(Publication publication)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions()))
        {
            Write(writer, publication);
        }
        buffer.WriteByte((byte)'\n');
        return new System.Text.UTF8Encoding(false).GetString(buffer.ToArray());
    }

    /// <summary>Writes the publication object (see README "JSON output" for the members).</summary>
    public static void Write(Utf8JsonWriter writer, Publication publication)
    {
        writer.WriteStartObject();
        WriteSource(writer, publication.Source);
        writer.WriteString("skipReason", SkipReason(publication));
        WriteHugo(writer, publication);
        WriteTyped(writer, publication);
        writer.WritePropertyName("frontMatter");
        if (publication.FrontMatter is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            FrontMatterJson.ToJson(publication.FrontMatter).WriteTo(writer);
        }
        writer.WriteString("body", publication.Body);
        writer.WriteBoolean("hadBom", publication.HadBom);
        writer.WriteString("newline", publication.NewLine);
        writer.WriteStartArray("resources");
        foreach (var r in publication.Resources)
        {
            writer.WriteStartObject();
            writer.WriteString("path", r.RelativePath);
            writer.WriteNumber("length", r.Length);
            writer.WriteString("mediaType", r.MediaType);
            writer.WriteString("resourceType", r.ResourceType);
            writer.WriteString("junkReason", r.JunkReason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("citeBib", publication.CiteBib);
        WriteDiagnostics(writer, "diagnostics", publication.Diagnostics);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Why site writers skip the publication: the reader's <see cref="Publication.SkipReason"/> (a list or widget page), else
    /// the first error diagnostic (<c>MIG202: …</c>), or null.
    /// Consumers use it to tell a complete record from one that only carries what could be read.
    /// </summary>
    public static string? SkipReason(Publication publication)
    {
        // A list/widget page the reader recognised (Publication.SkipReason) is skipped by the site writers; so is a
        // page that could not be read (its first error). Both stay in the JSON so nothing vanishes silently.
        if (publication.SkipReason is { } reason)
        {
            return reason;
        }
        foreach (var d in publication.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                return $"{d.Code}: {d.Message}";
            }
        }
        return null;
    }

    /// <summary>Writes a diagnostics array (<c>{"code","severity","path","line","column","message"}</c>).</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, string name, IEnumerable<Diagnostic> diagnostics)
    {
        writer.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Code);
            writer.WriteString("severity", d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            });
            writer.WriteString("path", d.Path);
            WriteNullableNumber(writer, "line", d.Line);
            WriteNullableNumber(writer, "column", d.Column);
            writer.WriteString("message", d.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>RFC 3339 as Hugo prints it: <c>Z</c> for UTC, <c>±hh:mm</c> otherwise, fraction only when non-zero.</summary>
    public static string Rfc3339(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static void WriteSource(Utf8JsonWriter writer, PublicationSource source)
    {
        writer.WriteStartObject("source");
        writer.WriteString("sitePath", source.SitePath);
        writer.WriteString("contentPath", source.ContentPath);
        writer.WriteString("section", source.Section);
        writer.WriteString("slug", source.Slug);
        writer.WriteString("language", source.Language);
        writer.WriteString("kind", source.Kind == SourceKind.LeafBundle ? "leafBundle" : "singleFile");
        writer.WriteEndObject();
    }

    private static void WriteHugo(Utf8JsonWriter writer, Publication publication)
    {
        var hugo = publication.Hugo;
        if (hugo is null)
        {
            writer.WriteNull("hugo");
            return;
        }
        writer.WriteStartObject("hugo");
        writer.WriteString("title", hugo.Title);
        writer.WriteString("date", hugo.Date);
        writer.WriteString("publishDate", hugo.PublishDate);
        writer.WriteString("lastmod", hugo.Lastmod);
        writer.WriteString("expiryDate", hugo.ExpiryDate);
        writer.WriteBoolean("draft", hugo.Draft);
        writer.WriteString("url", publication.HugoUrl);
        writer.WritePropertyName("params");
        hugo.Params.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static void WriteTyped(Utf8JsonWriter writer, Publication p)
    {
        writer.WriteStartObject("publication");
        writer.WriteString("title", p.Title);
        writer.WriteStartArray("authors");
        foreach (var a in p.Authors)
        {
            writer.WriteStartObject();
            writer.WriteString("raw", a.Raw);
            writer.WriteString("slug", a.Slug);
            writer.WriteString("displayName", a.DisplayName);
            writer.WriteString("profile", a.ProfilePath);
            writer.WriteString("note", a.Note);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteDate(writer, "date", p.Date);
        WriteDate(writer, "publishDate", p.PublishDate);
        WriteDate(writer, "lastmod", p.Lastmod);
        WriteDate(writer, "expiryDate", p.ExpiryDate);
        writer.WriteBoolean("draft", p.Draft);
        writer.WriteStartArray("publicationTypes");
        foreach (var t in p.PublicationTypes)
        {
            writer.WriteStartObject();
            writer.WriteString("raw", t.Raw);
            writer.WriteString("csl", t.Csl);
            writer.WriteString("label", t.Label);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (p.Venue is { } v)
        {
            writer.WriteStartObject("venue");
            writer.WriteString("name", v.Name);
            writer.WriteString("shortName", v.ShortName);
            writer.WriteString("volume", v.Volume);
            writer.WriteString("issue", v.Issue);
            writer.WriteString("pages", v.Pages);
            writer.WriteString("publisher", v.Publisher);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("venue");
        }
        writer.WriteString("abstract", p.Abstract);
        writer.WriteString("summary", p.Summary);
        writer.WriteString("doi", p.Doi);
        writer.WriteStartArray("links");
        foreach (var l in p.Links)
        {
            writer.WriteStartObject();
            writer.WriteString("type", l.Type);
            writer.WriteString("label", l.Label);
            writer.WriteString("url", l.Url);
            writer.WriteString("icon", l.Icon);
            writer.WriteString("iconPack", l.IconPack);
            writer.WriteString("sourceKey", l.SourceKey);
            writer.WriteBoolean("isBundleResource", l.IsBundleResource);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteStrings(writer, "tags", p.Tags);
        WriteStrings(writer, "categories", p.Categories);
        WriteStrings(writer, "projects", p.Projects);
        writer.WriteString("slides", p.Slides);
        writer.WriteBoolean("featured", p.Featured);
        if (p.Image is { } img)
        {
            writer.WriteStartObject("image");
            writer.WriteString("fileName", img.FileName);
            writer.WriteString("caption", img.Caption);
            writer.WriteString("focalPoint", img.FocalPoint);
            writer.WriteBoolean("previewOnly", img.PreviewOnly);
            writer.WriteString("altText", img.AltText);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("image");
        }
        WriteNullableNumber(writer, "weight", p.Weight);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, HugoDate? date)
    {
        if (date is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("raw", date.Raw);
        writer.WriteString("value", date.Value is { } v ? Rfc3339(v) : null);
        writer.WriteBoolean("hasTime", date.HasTime);
        writer.WriteBoolean("hasOffset", date.HasOffset);
        writer.WriteString("calendarDay", date.CalendarDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var s in values)
        {
            writer.WriteStringValue(s);
        }
        writer.WriteEndArray();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } n)
        {
            writer.WriteNumber(name, n);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
