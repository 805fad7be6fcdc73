using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Planning;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Builds one Zola page from a publication (README "Zola output"): the top level holds only Zola's own page
/// fields, <c>[taxonomies]</c> the site's taxonomies, <c>[extra]</c> every other source key in source order with
/// its spelling and comments, and <c>[extra.migrate]</c> the normalised fields. Every comment of the source
/// front matter is written next to the key it belonged to, wherever that key went.
/// </summary>
internal sealed partial class ZolaPageBuilder
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial System.Text.RegularExpressions.Regex DatedName();

    /// <summary>The sub-table of <c>[extra]</c> holding what migrate computed (not a source key).</summary>
    public const string NormalisedTable = "migrate";

    private const int DescriptionLength = 200;

    private readonly ZolaSiteSettings _settings;

    /// <summary>URL paths already given to a page of this run: Zola refuses two pages at one path (Hugo lets the last win).</summary>
    private readonly HashSet<string> _claimedPaths = new(StringComparer.Ordinal);

    public ZolaPageBuilder(ZolaSiteSettings settings) => _settings = settings;

    /// <summary>True when <see cref="Build"/> writes a page for <paramref name="publication"/> (a read page, not a list page).</summary>
    public static bool IsWritable(Publication publication) =>
        publication.SkipReason is null && publication.FrontMatter is not null
        && !publication.Diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The page's language, content folder and file name (<c>index.md</c>, <c>index.&lt;lang&gt;.md</c>).</summary>
    public (string Language, string Folder, string FileName) Locate(PublicationSource source)
    {
        var language = string.IsNullOrEmpty(source.Language) ? _settings.DefaultLanguage : source.Language!;
        var fileName = language == _settings.DefaultLanguage ? "index.md" : $"index.{language}.md";
        return (language, Folder(source), fileName);
    }

    /// <summary>
    /// The page for <paramref name="publication"/>, or null when it is not written. <paramref name="pageUrl"/> maps a
    /// page reference of the body (<c>ref</c>, <c>cite</c>, <c>/publication/x/</c>) to Zola's <c>@/…/index.md</c>.
    /// </summary>
    public ZolaPage? Build(Publication publication, Func<string, string?> pageUrl, DiagnosticBag diagnostics)
    {
        var source = publication.Source;
        if (publication.SkipReason is not null)
        {
            // A list or widget page; the reader has already said so (MIG102).
            return null;
        }
        if (!IsWritable(publication) || publication.FrontMatter is not { } document)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, source.SitePath, null,
                "not written to Zola: the page could not be read completely (see the error above)");
            return null;
        }

        var (language, folder, fileName) = Locate(source);
        if (folder != SourceFolder(source))
        {
            diagnostics.Info(DiagnosticCodes.OutputNameChanged, source.SitePath, null,
                $"the folder '{SourceFolder(source)}' holds characters no output path may have (':', '\\', control characters); written as '{folder}', Hugo's URL is kept");
        }
        // Which bundle files travel and their portable names: the one rule every writer shares (README "Body conversion").
        var resources = ResourcePolicy.Plan(publication.Resources, source.SitePath);
        diagnostics.AddRange(resources.Diagnostics);
        var root = document.Root;
        var converter = new TomlValueConverter(document.Format, source.SitePath, diagnostics);
        var consumed = new HashSet<FrontMatterEntry>(ReferenceEqualityComparer.Instance);
        var sourceKeys = new TomlOutTable();
        var top = new TomlOutTable();

        // Top level: Zola's page fields only.
        var titleEntry = root.Find("title");
        if (publication.Title is { } title && titleEntry?.Value is FrontMatterScalar { IsNull: false })
        {
            Consume(top.Add("title", TomlOutScalar.String(title)), titleEntry, "title");
        }

        var summaryEntry = root.Find("summary");
        string? descriptionFrom = null;
        if (summaryEntry?.Value is FrontMatterScalar { IsNull: false } summary && summary.Value.Trim().Length > 0)
        {
            Consume(top.Add("description", TomlOutScalar.String(summary.Value)), summaryEntry, "description");
            descriptionFrom = "summary";
        }
        else if (ShortAbstract(publication.Abstract) is { } shortAbstract)
        {
            top.Add("description", TomlOutScalar.String(shortAbstract));
            descriptionFrom = "abstract";
        }

        var dateText = ZolaDates.Toml(publication.Date);
        if (dateText is not null)
        {
            var e = top.Add("date", new TomlOutScalar(dateText));
            if (root.Find("date") is { } dateEntry)
            {
                Consume(e, dateEntry, "date");
            }
        }

        if (ZolaDates.Toml(publication.Lastmod) is { } updated && root.Find("lastmod") is { } lastmodEntry)
        {
            Consume(top.Add("updated", new TomlOutScalar(updated)), lastmodEntry, "updated");
        }

        var draftEntry = root.Find("draft");
        if (draftEntry is not null && Resolve(draftEntry.Value) is FrontMatterScalar { Kind: ScalarKind.Boolean })
        {
            Consume(top.Add("draft", TomlOutScalar.Bool(publication.Draft)), draftEntry, "draft");
        }
        else if (publication.Draft)
        {
            top.Add("draft", TomlOutScalar.Bool(true));
        }

        var weightEntry = root.Find("weight");
        if (publication.Weight is >= 0 and var weight && weightEntry is not null
            && Resolve(weightEntry.Value) is FrontMatterScalar { Kind: ScalarKind.Integer })
        {
            Consume(top.Add("weight", TomlOutScalar.Integer(weight)), weightEntry, "weight");
        }

        var (path, zolaUrl) = PagePath(publication, folder, language);
        if (path is not null && !_claimedPaths.Add(path))
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, source.SitePath, null,
                $"Hugo serves another page at {path} too (the last one wins there); Zola refuses two pages at one path, so this page keeps Zola's own URL {zolaUrl ?? "(from its folder)"}");
            path = null;
        }
        if (path is not null)
        {
            top.Add("path", TomlOutScalar.String(path));
        }
        else if (zolaUrl is not null)
        {
            _claimedPaths.Add(zolaUrl);
        }

        var aliasesEntry = root.Find("aliases");
        if (aliasesEntry is not null && Resolve(aliasesEntry.Value) is FrontMatterSequence aliasSeq
            && aliasSeq.Items.TrueForAll(i => Resolve(i.Value) is FrontMatterScalar { Kind: ScalarKind.String } s && s.Value.Trim().Length > 0))
        {
            var array = new TomlOutArray();
            foreach (var item in aliasSeq.Items)
            {
                var outItem = new TomlOutArrayItem(TomlOutScalar.String(((FrontMatterScalar)Resolve(item.Value)!).Value));
                CopyItemComments(item, outItem);
                array.Items.Add(outItem);
            }
            array.EndComments.AddRange(aliasSeq.EndComments.Select(c => TomlText.Comment(c.Text)));
            Consume(top.Add("aliases", array), aliasesEntry, "aliases");
        }

        var authorsEntry = root.Find("authors");
        var displayNames = publication.Authors.Select(a => a.DisplayName).Where(n => n.Trim().Length > 0).ToList();
        if (authorsEntry is not null && publication.Authors.Count > 0)
        {
            var array = new TomlOutArray();
            var seq = Resolve(authorsEntry.Value) as FrontMatterSequence;
            var aligned = seq is not null && seq.Items.Count == publication.Authors.Count;
            for (var i = 0; i < publication.Authors.Count; i++)
            {
                var name = publication.Authors[i].DisplayName;
                var outItem = new TomlOutArrayItem(name.Trim().Length > 0 ? TomlOutScalar.String(name) : null);
                if (outItem.Value is null)
                {
                    outItem.Note = TomlText.Comment($"# (empty author name; raw entry '{publication.Authors[i].Raw}' is in extra.{NormalisedTable}.authors)");
                }
                if (aligned)
                {
                    CopyItemComments(seq!.Items[i], outItem);
                }
                array.Items.Add(outItem);
            }
            var e = top.Add("authors", array);
            if (seq is not null)
            {
                array.EndComments.AddRange(seq.EndComments.Select(c => TomlText.Comment(c.Text)));
                if (!aligned)
                {
                    e.LeadingComments.AddRange(seq.Items.SelectMany(ItemComments));
                }
            }
            Consume(e, authorsEntry, "authors");
        }

        // [taxonomies]: the site's taxonomies that this page uses.
        var taxonomies = new TomlOutTable();
        foreach (var name in _settings.Taxonomies)
        {
            if (name == "authors")
            {
                if (displayNames.Count > 0)
                {
                    var array = new TomlOutArray();
                    foreach (var n in displayNames.Distinct(StringComparer.Ordinal))
                    {
                        array.Add(TomlOutScalar.String(n));
                    }
                    taxonomies.Add("authors", array);
                }
                continue;
            }
            var entry = root.Find(name);
            if (entry is null || consumed.Contains(entry))
            {
                continue;
            }
            if (Terms(entry, name, source.SitePath, converter, diagnostics) is { } terms)
            {
                var e = taxonomies.Add(name, terms);
                Consume(e, entry, "taxonomies." + name);
            }
        }

        // [extra]: every source key not used above, in source order, plus [extra.migrate].
        var extra = new TomlOutTable();
        converter.AddEntries(extra, root.Entries.Where(e => !consumed.Contains(e)), root, "", 0);
        var migrate = Normalised(publication, descriptionFrom, converter.NullPaths, sourceKeys, resources);
        var migrateKey = NormalisedTable;
        while (extra.Entries.Exists(e => e.Key == migrateKey))
        {
            migrateKey += "_";
        }
        if (migrateKey != NormalisedTable)
        {
            diagnostics.Info(DiagnosticCodes.ValueNotRepresentable, source.SitePath, null,
                $"the source has a key '{NormalisedTable}'; migrate's normalised fields are under extra.{migrateKey}");
        }
        if (taxonomies.Entries.Count > 0)
        {
            top.Add("taxonomies", taxonomies);
        }
        top.Add("extra", extra);
        top.EndComments.AddRange(document.EndComments.Select(c => TomlText.Comment(c.Text)));

        // The source's end-of-front-matter comments close the source part; migrate's own table comes after them.
        var tail = new TomlOutTable();
        var tailExtra = new TomlOutTable();
        tail.Add("extra", tailExtra);
        tailExtra.Add(migrateKey, migrate).LeadingComments.Add("# Computed by migrate (normalised fields); not a source key.");
        var sb = new StringBuilder();
        TomlOutRenderer.Render(top, sb);
        var toml = TomlOutRenderer.Render(tail, sb);
        // Bundle files are colocated with index.md, so a page-relative name is their URL wherever the page is served.
        var context = BodyConversionContext.For(publication, resources.NewNameOf, pageUrl);
        var converted = BodyConverter.Convert(publication.Body, BodyTarget.Zola, context);
        diagnostics.AddRange(converted.Diagnostics);
        var text = "+++\n" + toml + "+++\n" + converted.Body;

        var files = new List<PlannedFile> { PlannedFile.Text($"content/{folder}/{fileName}", text, source.SitePath) };
        foreach (var assignment in resources.Travelling)
        {
            if (Path.GetExtension(assignment.NewName).Length <= 1)
            {
                diagnostics.Warning(DiagnosticCodes.AssetSkippedByTarget, source.SitePath, null,
                    $"'{assignment.Resource.RelativePath}' has no file extension: it is copied, but Zola does not publish colocated files without one");
            }
            files.Add(PlannedFile.Copy($"content/{folder}/{assignment.NewName}", assignment.Resource.SourcePath, assignment.Resource.SourcePath));
        }

        return new ZolaPage(files, taxonomies.Entries.Select(e => e.Key).ToList(), dateText is not null, language, folder, converted.UsesGithubAlerts);

        void Consume(TomlOutEntry outEntry, FrontMatterEntry entry, string zolaKey)
        {
            consumed.Add(entry);
            TomlValueConverter.CopyComments(entry, outEntry);
            sourceKeys.Add(zolaKey, TomlOutScalar.String(entry.Key));
        }
    }

    /// <summary>
    /// The content folder of the page: the bundle folder, or for a single file its name without extension. A
    /// character no output path may hold (<c>:</c>, <c>\</c>, control characters; see <see cref="OutputPaths"/>)
    /// becomes <c>-</c>: the page is still served at Hugo's URL through <c>path</c>.
    /// </summary>
    public static string Folder(PublicationSource source) => string.Join('/', SourceFolder(source).Split('/').Select(WritableSegment));

    private static string SourceFolder(PublicationSource source)
    {
        var segments = source.ContentPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var dirs = segments.Length > 0 ? segments[..^1] : Array.Empty<string>();
        return source.Kind == SourceKind.LeafBundle
            ? string.Join('/', dirs)
            : string.Join('/', dirs.Append(source.Slug));
    }

    private static string WritableSegment(string segment)
    {
        if (segment is "." or "..")
        {
            return segment.Replace('.', '-');
        }
        return segment.Any(c => c is ':' or '\\' || char.IsControl(c))
            ? string.Concat(segment.Select(c => c is ':' or '\\' || char.IsControl(c) ? '-' : c))
            : segment;
    }

    /// <summary>
    /// Zola's <c>path</c> when the URL Zola would give the page differs from Hugo's (or cannot be predicted,
    /// non-ASCII folder names): then the page keeps Hugo's URL exactly. Null when Zola's own URL already matches.
    /// Also the URL Zola computes from the folder (null when it cannot be predicted).
    /// </summary>
    private (string? Path, string? ZolaUrl) PagePath(Publication publication, string folder, string language)
    {
        var parts = folder.Split('/');
        // A name starting with a date (2020-08-10-name, 2020-08-10_name) gives Zola the page date and the rest as
        // slug; that URL is not predicted here, so such pages always get Hugo's path.
        var slug = DatedName().IsMatch(parts[^1]) ? null : ZolaSlug.Slugify(parts[^1]);
        var zola = slug is null or ""
            ? null
            : "/" + (language == _settings.DefaultLanguage ? "" : language + "/") + string.Join('/', parts[..^1].Append(slug)) + "/";
        if (string.IsNullOrEmpty(publication.HugoUrl))
        {
            return (null, zola);
        }
        var hugo = publication.HugoUrl!;
        if (_settings.BasePath.Length > 0 && hugo.StartsWith(_settings.BasePath + "/", StringComparison.Ordinal))
        {
            hugo = hugo[_settings.BasePath.Length..];
        }
        try
        {
            hugo = Uri.UnescapeDataString(hugo);
        }
        catch (UriFormatException)
        {
            // Keep the text as it is.
        }
        if (!hugo.StartsWith('/'))
        {
            hugo = "/" + hugo;
        }
        if (!hugo.EndsWith('/') && !Path.HasExtension(hugo))
        {
            hugo += "/";
        }

        return (zola == hugo ? null : hugo, zola);
    }

    private static TomlOutArray? Terms(FrontMatterEntry entry, string name, string path, TomlValueConverter converter, DiagnosticBag diagnostics)
    {
        var value = Resolve(entry.Value);
        var array = new TomlOutArray();
        if (value is FrontMatterScalar { IsNull: false } single && single.Value.Trim().Length > 0)
        {
            array.Add(TomlOutScalar.String(single.Value));
            return array;
        }
        if (value is not FrontMatterSequence seq)
        {
            return null;
        }
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var item = seq.Items[i];
            TomlOutArrayItem outItem;
            if (Resolve(item.Value) is FrontMatterScalar { IsNull: false } s && s.Value.Trim().Length > 0)
            {
                outItem = new TomlOutArrayItem(TomlOutScalar.String(s.Value));
            }
            else
            {
                outItem = new TomlOutArrayItem(null)
                {
                    Note = string.Join("\n", new[] { TomlText.Comment($"# (not a usable {name} term, commented out: Zola accepts only non-empty text)") }
                        .Concat(converter.CommentedOut("term", item.Value, $"{name}[{i}]", 1))),
                };
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, item.Value.Start?.Line ?? entry.Line,
                    $"{name}[{i}] is empty or not text; Zola rejects it as a taxonomy term, so it is kept as a comment");
            }
            CopyItemComments(item, outItem);
            array.Items.Add(outItem);
        }
        array.EndComments.AddRange(seq.EndComments.Select(c => TomlText.Comment(c.Text)));
        return array;
    }

    private static TomlOutTable Normalised(Publication p, string? descriptionFrom, List<string> nullPaths, TomlOutTable sourceKeys, ResourcePlan resources)
    {
        // Bundle files may travel under a portable name: the normalised fields name the copied file.
        string? Copied(string? name) => name is null ? null : resources.NewNameOf(name) ?? name;

        var t = new TomlOutTable();
        void Str(TomlOutTable table, string key, string? value)
        {
            if (value is not null)
            {
                table.Add(key, TomlOutScalar.String(value));
            }
        }

        Str(t, "source", p.Source.SitePath);
        Str(t, "source_format", p.FrontMatter?.Format.ToString().ToLowerInvariant());
        Str(t, "hugo_url", p.HugoUrl);
        Str(t, "description_from", descriptionFrom);
        Str(t, "csl_type", p.PublicationTypes.Select(x => x.Csl).FirstOrDefault(c => c is not null));
        Str(t, "doi", p.Doi);
        Str(t, "doi_url", p.Doi is null ? null : "https://doi.org/" + p.Doi);
        Str(t, "featured_image", Copied(p.Image?.FileName));
        t.Add("featured", TomlOutScalar.Bool(p.Featured));
        if (nullPaths.Count > 0)
        {
            var nulls = new TomlOutArray();
            foreach (var n in nullPaths)
            {
                nulls.Add(TomlOutScalar.String(n));
            }
            t.Add("null_keys", nulls);
        }
        if (sourceKeys.Entries.Count > 0)
        {
            t.Add("source_keys", sourceKeys);
        }
        if (resources.Travelling.Any(a => a.Renamed))
        {
            var renamed = new TomlOutTable();
            foreach (var a in resources.Travelling.Where(a => a.Renamed))
            {
                renamed.Add(a.Resource.RelativePath, TomlOutScalar.String(a.NewName));
            }
            t.Add("renamed_files", renamed);
        }
        if (p.Venue is { } v)
        {
            var venue = new TomlOutTable();
            Str(venue, "name", v.Name);
            Str(venue, "short_name", v.ShortName);
            Str(venue, "volume", v.Volume);
            Str(venue, "issue", v.Issue);
            Str(venue, "pages", v.Pages);
            Str(venue, "publisher", v.Publisher);
            t.Add("venue", venue);
        }
        if (p.Image is { } img)
        {
            var image = new TomlOutTable();
            Str(image, "file", Copied(img.FileName));
            Str(image, "caption", img.Caption);
            Str(image, "focal_point", img.FocalPoint);
            Str(image, "alt_text", img.AltText);
            image.Add("preview_only", TomlOutScalar.Bool(img.PreviewOnly));
            t.Add("image", image);
        }
        if (p.PublicationTypes.Count > 0)
        {
            var types = new TomlOutArray { AsTableArray = true };
            foreach (var pt in p.PublicationTypes)
            {
                var row = new TomlOutTable();
                Str(row, "raw", pt.Raw);
                Str(row, "csl", pt.Csl);
                Str(row, "label", pt.Label);
                types.Add(row);
            }
            t.Add("publication_types", types);
        }
        if (p.Authors.Count > 0)
        {
            var authors = new TomlOutArray { AsTableArray = true };
            foreach (var a in p.Authors)
            {
                var row = new TomlOutTable();
                Str(row, "raw", a.Raw);
                Str(row, "slug", a.Slug);
                Str(row, "name", a.DisplayName);
                Str(row, "profile", a.ProfilePath);
                Str(row, "note", a.Note);
                authors.Add(row);
            }
            t.Add("authors", authors);
        }
        if (p.Links.Count > 0)
        {
            var links = new TomlOutArray { AsTableArray = true };
            foreach (var l in p.Links)
            {
                var row = new TomlOutTable();
                Str(row, "type", l.Type);
                Str(row, "label", l.Label);
                Str(row, "url", l.IsBundleResource ? Copied(l.Url) : l.Url);
                Str(row, "icon", l.Icon);
                Str(row, "icon_pack", l.IconPack);
                Str(row, "source_key", l.SourceKey);
                row.Add("bundle_resource", TomlOutScalar.Bool(l.IsBundleResource));
                links.Add(row);
            }
            t.Add("links", links);
        }
        return t;
    }

    /// <summary>A short plain description from the abstract: whitespace collapsed, cut at a sentence or word end.</summary>
    internal static string? ShortAbstract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= DescriptionLength)
        {
            return flat;
        }
        var cut = flat[..DescriptionLength];
        var sentence = cut.LastIndexOf(". ", StringComparison.Ordinal);
        if (sentence >= DescriptionLength / 2)
        {
            return cut[..(sentence + 1)];
        }
        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':') + "…";
    }

    private static FrontMatterNode? Resolve(FrontMatterNode node)
    {
        for (var hops = 0; node is FrontMatterAlias a && hops < 64; hops++)
        {
            if (a.Target is null)
            {
                return null;
            }
            node = a.Target;
        }
        return node;
    }

    private static void CopyItemComments(FrontMatterSequenceItem item, TomlOutArrayItem outItem)
    {
        outItem.LeadingComments.AddRange(item.LeadingComments.Select(c => TomlText.Comment(c.Text)));
        if (item.TrailingComment is not null)
        {
            outItem.TrailingComment = TomlText.Comment(item.TrailingComment.Text);
        }
    }

    private static IEnumerable<string> ItemComments(FrontMatterSequenceItem item) =>
        item.LeadingComments.Select(c => TomlText.Comment(c.Text))
            .Concat(item.TrailingComment is null ? Array.Empty<string>() : new[] { TomlText.Comment(item.TrailingComment.Text) });
}
