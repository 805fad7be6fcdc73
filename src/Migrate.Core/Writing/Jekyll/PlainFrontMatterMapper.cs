using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Turns a publication's front-matter tree into the plain flavour's Jekyll front matter. Every source key stays, in
/// source order, with its comments; the mapping (README "Jekyll output") only renames or rewrites what Jekyll reads
/// differently from Hugo:
/// <list type="bullet">
/// <item><c>date</c> (any case) → <c>date</c> spelled by <see cref="JekyllDates"/> from <see cref="Publication.Date"/>;
/// a date Hugo could not read either is renamed <c>hugo_date</c> (Jekyll stops the build on a bad date).</item>
/// <item><c>lastmod</c> → <c>last_modified_at</c> (jekyll-last-modified-at / jekyll-seo-tag read it).</item>
/// <item><c>draft</c> → <c>published</c> with the opposite value.</item>
/// <item><c>aliases</c> → <c>redirect_from</c> (jekyll-redirect-from).</item>
/// <item><c>title</c>, <c>tags</c>, <c>categories</c> in another case → lower case (Jekyll keys are case-sensitive,
/// Hugo's are not); a string <c>tags</c>/<c>categories</c> → a one-item list (Jekyll splits strings on spaces).</item>
/// <item>a source <c>permalink</c> (a plain param in Hugo) → <c>hugo_permalink</c>.</item>
/// <item>duplicate keys Hugo ignored (see <see cref="FrontMatterMapping.Find"/>) → commented out.</item>
/// <item>string values naming a bundle file → the file's new absolute URL.</item>
/// <item>added at the end: <c>permalink</c> (Hugo's URL) and <c>featured_image</c> (the bundle's featured image URL).</item>
/// </list>
/// </summary>
internal static class PlainFrontMatterMapper
{
    /// <summary>Keys whose text values are prose, never bundle paths.</summary>
    private static readonly HashSet<string> ProseKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "subtitle", "summary", "abstract", "abstract_short", "authors", "author_notes", "tags", "categories",
        "publication", "publication_short", "projects", "slides", "publication_types", "doi", "slug",
    };

    /// <summary>The comment above the entries the mapper adds.</summary>
    internal const string AddedComment = "# Added by migrate for Jekyll:";

    private static readonly string[] LowerCasedKeys = ["title", "tags", "categories"];

    public static (FrontMatterMapping Root, List<CommentLine> EndComments) Map(
        Publication publication, FrontMatterDocument document, BundleAssetMap assets, string newLine, DiagnosticBag diagnostics,
        bool addPermalink = true)
    {
        var path = publication.Source.SitePath;
        var root = FrontMatterTreeCopier.Copy(document.Root);
        var endComments = new List<CommentLine>(document.EndComments);

        CommentOutShadowedKeys(root, path, diagnostics, 0);

        foreach (var key in LowerCasedKeys)
        {
            if (root.Find(key) is { } e)
            {
                e.Key = key;
            }
        }
        foreach (var key in new[] { "tags", "categories" })
        {
            if (root.Find(key) is { Value: FrontMatterScalar { Kind: ScalarKind.String } s } e)
            {
                var list = new FrontMatterSequence { Style = CollectionStyle.Flow, Start = s.Start };
                list.Add(s);
                e.Value = list;
            }
        }

        var fallbackDate = MapDate(publication, root, path, diagnostics);
        MapLastmod(publication, root);
        MapDraft(publication, root, path, diagnostics);
        Rename(root, "aliases", "redirect_from");
        Rename(root, "permalink", "hugo_permalink");

        foreach (var entry in root.Entries)
        {
            if (!ProseKeys.Contains(entry.Key))
            {
                RewriteBundlePaths(entry.Value, assets, 0);
            }
        }

        var added = new List<FrontMatterEntry>();
        if (fallbackDate is not null)
        {
            added.Add(fallbackDate);
        }
        if (!addPermalink)
        {
            // The caller (a flavour with its own field order) writes the permalink.
        }
        else if (publication.HugoUrl is { Length: > 0 } url)
        {
            added.Add(new FrontMatterEntry("permalink", FrontMatterScalar.String(PermalinkOf(url), ScalarStyle.Plain)));
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null,
                "Hugo's URL for this page is unknown; Jekyll will use the collection permalink");
        }
        if (publication.Image?.FileName is { } featured && assets.UrlFor(featured) is { } featuredUrl)
        {
            added.Add(new FrontMatterEntry("featured_image", FrontMatterScalar.String(featuredUrl, ScalarStyle.Plain)));
        }
        if (added.Count > 0)
        {
            added[0].LeadingComments.Add(new CommentLine(AddedComment, 0));
            // Comments that ended the source front matter stay last.
            foreach (var e in added)
            {
                root.Entries.Add(e);
            }
            var rootEnd = new List<CommentLine>(root.EndComments);
            root.EndComments.Clear();
            endComments.InsertRange(0, rootEnd);
        }
        return (root, endComments);
    }

    private static FrontMatterEntry? MapDate(Publication publication, FrontMatterMapping root, string path, DiagnosticBag diagnostics)
    {
        var entry = root.Find("date");
        var scalar = publication.Date is { } d && entry?.Value is FrontMatterScalar source
            ? JekyllDates.ToScalar(d, source.Style)
            : null;
        if (entry is not null && scalar is not null)
        {
            scalar.Start = entry.Value.Start;
            entry.Key = "date";
            entry.Value = scalar;
            return null;
        }
        // Hugo's .Date falls back to publishDate, then lastmod (its default [frontmatter] date handlers).
        var (fallbackKey, fallback) = publication.PublishDate?.Value is not null ? ("publishDate", publication.PublishDate)
            : publication.Lastmod?.Value is not null ? ("lastmod", publication.Lastmod) : ("", null);
        var fallbackScalar = fallback is null ? null : JekyllDates.ToScalar(fallback, ScalarStyle.Plain);
        if (entry is not null)
        {
            entry.Key = "hugo_date";
            if (fallbackScalar is not null)
            {
                diagnostics.Info(DiagnosticCodes.TargetFieldMissing, path, entry.Line,
                    $"'date' holds no date Hugo can read; kept as hugo_date, and 'date' is written from {fallbackKey} as Hugo dates the page");
                return new FrontMatterEntry("date", fallbackScalar);
            }
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, entry.Line,
                "'date' holds no date Hugo can read; kept as hugo_date, and Jekyll will date the page by the build time");
            return null;
        }
        if (fallbackScalar is not null)
        {
            diagnostics.Info(DiagnosticCodes.TargetFieldMissing, path, null,
                $"the page has no date; 'date' is written from {fallbackKey} as Hugo dates the page");
            return new FrontMatterEntry("date", fallbackScalar);
        }
        diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null,
            "the page has no date; Jekyll will date it by the build time");
        return null;
    }

    private static void MapLastmod(Publication publication, FrontMatterMapping root)
    {
        var entry = root.Find("lastmod");
        if (entry?.Value is FrontMatterScalar source && publication.Lastmod is { } d && JekyllDates.ToScalar(d, source.Style) is { } scalar)
        {
            scalar.Start = entry.Value.Start;
            entry.Key = "last_modified_at";
            entry.Value = scalar;
        }
    }

    private static void MapDraft(Publication publication, FrontMatterMapping root, string path, DiagnosticBag diagnostics)
    {
        var entry = root.Find("draft");
        if (entry is null)
        {
            return;
        }
        if (root.Find("published") is { } clash)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, clash.Line,
                "both 'draft' and 'published' are set; 'draft' is kept as is and Jekyll reads 'published'");
            return;
        }
        var value = publication.Draft ? "false" : "true";
        entry.Key = "published";
        entry.Value = new FrontMatterScalar(value, ScalarKind.Boolean, ScalarStyle.Plain, value) { Start = entry.Value.Start };
    }

    private static void Rename(FrontMatterMapping root, string from, string to)
    {
        if (root.Find(from) is { } entry && root.Find(to) is null)
        {
            entry.Key = to;
        }
    }

    private static void RewriteBundlePaths(FrontMatterNode node, BundleAssetMap assets, int depth)
    {
        if (depth > JekyllYamlEmitter.MaxDepth)
        {
            return;
        }
        switch (node)
        {
            case FrontMatterScalar { Kind: ScalarKind.String } s when assets.UrlFor(s.Value) is { } url:
                s.Value = url;
                s.Raw = url;
                break;
            case FrontMatterSequence seq:
                foreach (var item in seq.Items)
                {
                    RewriteBundlePaths(item.Value, assets, depth + 1);
                }
                break;
            case FrontMatterMapping map:
                foreach (var e in map.Entries)
                {
                    if (!ProseKeys.Contains(e.Key))
                    {
                        RewriteBundlePaths(e.Value, assets, depth + 1);
                    }
                }
                break;
        }
    }

    /// <summary>
    /// Removes every entry that Hugo ignores because another key with the same name (any case) wins, keeping it as
    /// comment lines above the next entry, so nothing is lost and Jekyll (case-sensitive, also last-wins) reads
    /// the same value Hugo did.
    /// </summary>
    private static void CommentOutShadowedKeys(FrontMatterMapping map, string path, DiagnosticBag diagnostics, int depth)
    {
        if (depth > JekyllYamlEmitter.MaxDepth)
        {
            return;
        }
        var pending = new List<CommentLine>();
        var kept = new List<FrontMatterEntry>();
        // Hugo's winner per key (FrontMatterMapping.Find: a capitalised spelling beats the lower-case one, else the last).
        var winners = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in map.Entries)
        {
            if (!winners.ContainsKey(e.Key))
            {
                winners[e.Key] = map.Find(e.Key)!;
            }
        }
        for (var i = 0; i < map.Entries.Count; i++)
        {
            var entry = map.Entries[i];
            var shadowed = !ReferenceEquals(winners[entry.Key], entry);
            if (shadowed)
            {
                diagnostics.Info(DiagnosticCodes.ShadowedKeyCommentedOut, path, entry.Line,
                    $"'{entry.Key}' is given more than once and Hugo reads another one; this one is kept as a comment");
                pending.AddRange(entry.LeadingComments);
                var text = JekyllYamlEmitter.EmitSingleEntry(entry, "\n", path, new DiagnosticBag());
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    pending.Add(new CommentLine("# " + line, entry.Line ?? 0));
                }
                continue;
            }
            if (pending.Count > 0)
            {
                entry.LeadingComments.InsertRange(0, pending);
                pending.Clear();
            }
            kept.Add(entry);
            switch (entry.Value)
            {
                case FrontMatterMapping child:
                    CommentOutShadowedKeys(child, path, diagnostics, depth + 1);
                    break;
            }
        }
        if (pending.Count > 0)
        {
            map.EndComments.InsertRange(0, pending);
        }
        map.Entries.Clear();
        map.Entries.AddRange(kept);
    }

    /// <summary>
    /// Hugo's URL as a Jekyll permalink: percent-decoded, because Jekyll encodes the permalink itself. Jekyll's URL
    /// sanitising deletes every <c>./</c> and turns <c>..</c> into <c>/</c> (a slug ending in a dot,
    /// <c>/publication/learning./</c>, would lose its dot and slash), so a dot before <c>/</c> or another dot is
    /// written <c>%2E</c>, which Jekyll leaves alone and decodes for the output path (checked with Jekyll 4.3).
    /// </summary>
    internal static string PermalinkOf(string url)
    {
        var path = Unescape(url);
        var sb = new System.Text.StringBuilder(path.Length + 8);
        for (var i = 0; i < path.Length; i++)
        {
            var next = i + 1 < path.Length ? path[i + 1] : '\0';
            sb.Append(path[i] == '.' && (next is '/' or '.' || (i > 0 && path[i - 1] == '.')) ? "%2E" : path[i].ToString());
        }
        return sb.ToString();
    }

    private static string Unescape(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
