using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Reading.FrontMatter;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Reads one publication page: file → split → front-matter tree → Hugo view → resources → typed view → cite.bib.
/// Never throws for bad input: problems become diagnostics on the returned publication (owner: helper "academic").
/// Each stage is guarded on its own, so a failure in one (an <c>InternalError</c> diagnostic) still leaves the
/// others' results on the publication.
/// </summary>
public static class PublicationReader
{
    public static Publication Read(PublicationSource source, SiteContext site) => Read(source, site, PublicationReaderSteps.Default);

    internal static Publication Read(PublicationSource source, SiteContext site, PublicationReaderSteps steps)
    {
        var diagnostics = new DiagnosticBag();
        Publication publication;
        try
        {
            publication = ReadCore(source, site, steps, diagnostics);
        }
        catch (Exception e)
        {
            Internal(diagnostics, source, "reading the page", e);
            publication = new Publication { Source = source };
        }
        // Two stages may report the same finding; report it once, in the order found.
        publication.Diagnostics.AddRange(diagnostics.Items.Distinct());
        return publication;
    }

    private static Publication ReadCore(PublicationSource source, SiteContext site, PublicationReaderSteps steps, DiagnosticBag diagnostics)
    {
        var path = source.SitePath;
        var text = ReadText(source.FullPath, path, steps.MaxFileBytes, diagnostics);
        if (text is null)
        {
            return new Publication { Source = source };
        }

        FrontMatterSplit split;
        try
        {
            split = steps.Split(text);
        }
        catch (Exception e)
        {
            Internal(diagnostics, source, "splitting the front matter", e);
            return new Publication { Source = source };
        }

        FrontMatterDocument? document = null;
        if (split.Error is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnterminatedFrontMatter, path, split.ErrorLine, split.Error);
        }
        else if (split.Format is not { } format)
        {
            diagnostics.Warning(DiagnosticCodes.NoFrontMatter, path, 1,
                "the page has no front matter (Hugo reads the whole file as content)");
        }
        else
        {
            try
            {
                document = steps.Parse(format, split.Content, path, split.ContentFirstLine, diagnostics);
            }
            catch (Exception e)
            {
                Internal(diagnostics, source, "parsing the front matter", e);
            }
        }

        var publication = new Publication
        {
            Source = source,
            FrontMatter = document,
            Body = split.Body,
            FrontMatterBlock = split.Block,
            HadBom = split.HasBom,
            NewLine = split.NewLine,
        };

        var zone = SiteTimeZone.Resolve(site.Config.TimeZone, path, diagnostics);
        if (document is not null)
        {
            Guard(diagnostics, source, "computing Hugo's view", () => publication.Hugo = steps.BuildHugoView(document, zone, path, diagnostics));
        }
        if (source.Kind == SourceKind.LeafBundle)
        {
            Guard(diagnostics, source, "listing the bundle's files", () => publication.Resources.AddRange(steps.ScanResources(source, diagnostics)));
        }
        if (document is not null)
        {
            Guard(diagnostics, source, "reading the publication fields",
                () => PublicationViewBuilder.Populate(publication, site, diagnostics, steps.ViewServices, zone));
        }
        Guard(diagnostics, source, "reading cite.bib", () => publication.CiteBib = ReadCiteBib(publication.Resources, path, diagnostics));
        return publication;
    }

    /// <summary>The file as text, or null (with an error) when it is too large, unreadable or not UTF-8.</summary>
    internal static string? ReadText(string fullPath, string path, long maxBytes, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, path, null,
                    $"the file is {stream.Length:N0} bytes, more than the {maxBytes:N0} a page may have; not read");
                return null;
            }
            // Read at most one byte past the cap: a file that grew after the length check is still refused.
            var buffer = new byte[(int)Math.Min(stream.Length + 1, maxBytes + 1)];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }
            if (total > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, path, null, $"the file is more than {maxBytes:N0} bytes; not read");
                return null;
            }
            bytes = buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            diagnostics.Error(DiagnosticCodes.FileReadFailed, path, null, $"cannot read the file: {e.Message}");
            return null;
        }

        var bad = Utf8Validation.FirstInvalidByte(bytes);
        if (bad >= 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, path, Utf8Validation.LineOf(bytes, bad),
                $"the file is not valid UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad}); Hugo requires UTF-8");
            return null;
        }
        // GetString keeps a leading BOM as U+FEFF, which the splitter reports as HadBom.
        return Encoding.UTF8.GetString(bytes);
    }

    private static string? ReadCiteBib(IReadOnlyList<BundleResource> resources, string path, DiagnosticBag diagnostics)
    {
        var cite = resources.FirstOrDefault(r => string.Equals(r.RelativePath, "cite.bib", StringComparison.OrdinalIgnoreCase));
        if (cite is null)
        {
            return null;
        }
        var slash = path.LastIndexOf('/');
        var citePath = (slash >= 0 ? path[..(slash + 1)] : "") + cite.RelativePath;
        var sub = new DiagnosticBag();
        var text = ReadText(cite.SourcePath, citePath, PublicationReaderSteps.MaxCiteBibBytes, sub);
        foreach (var d in sub.Items)
        {
            // A broken cite.bib does not stop the publication: a warning naming that file.
            diagnostics.Warning(d.Code, d.Path, d.Line, d.Message);
        }
        return text;
    }

    private static void Guard(DiagnosticBag diagnostics, PublicationSource source, string stage, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            Internal(diagnostics, source, stage, e);
        }
    }

    private static void Internal(DiagnosticBag diagnostics, PublicationSource source, string stage, Exception e) =>
        diagnostics.Error(DiagnosticCodes.InternalError, source.SitePath, null,
            $"internal error while {stage}: {e.GetType().Name}: {e.Message}");
}
