using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Unifies the four generations of link buttons into <see cref="PublicationLink"/>s, in this order: the legacy
/// <c>url_*</c> fields, <c>url_custom</c>, <c>links</c> (both entry shapes), <c>hugoblox.ids</c>, and the DOI.
/// Like the 2025 theme's <c>build_links.html</c>, a link whose (type, URL) was already produced is dropped.
/// A bundle file named <c>&lt;folder&gt;.pdf</c> overrides <c>url_pdf</c> (v4.8.0 <c>page_links.html</c>).
/// </summary>
internal static class LinkCollector
{
    /// <summary>The legacy fields in the order the theme renders them; the link type is the suffix.</summary>
    public static readonly IReadOnlyList<string> LegacyKeys = new[]
    {
        "url_pdf", "url_code", "url_dataset", "url_poster", "url_project", "url_slides", "url_source", "url_video", "url_preprint",
    };

    // v4–v5 `links` entries carry a free-text name and a Font Awesome / Academicons icon; these make the type obvious.
    private static readonly Dictionary<string, string> TypeByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = "pdf", ["paper"] = "pdf", ["code"] = "code", ["source code"] = "code", ["github"] = "code",
        ["dataset"] = "dataset", ["data"] = "dataset", ["poster"] = "poster", ["project"] = "project",
        ["slides"] = "slides", ["source"] = "source", ["source document"] = "source", ["video"] = "video",
        ["preprint"] = "preprint", ["arxiv"] = "preprint", ["doi"] = "doi",
    };

    private static readonly Dictionary<string, string> TypeByIcon = new(StringComparer.OrdinalIgnoreCase)
    {
        ["file-pdf"] = "pdf", ["github"] = "code", ["gitlab"] = "code", ["code"] = "code", ["code-branch"] = "code",
        ["database"] = "dataset", ["youtube"] = "video", ["vimeo"] = "video", ["video"] = "video", ["film"] = "video",
        ["arxiv"] = "preprint", ["doi"] = "doi", ["slideshare"] = "slides", ["chalkboard-teacher"] = "slides",
    };

    public static void Collect(
        FrontMatterMapping root,
        string? doi,
        string? doiSourceKey,
        IReadOnlyList<BundleResource> resources,
        string? bundleFolder,
        List<PublicationLink> into,
        string path,
        DiagnosticBag diagnostics)
    {
        var seen = new HashSet<(string, string)>();

        void Add(PublicationLink link, int? line)
        {
            var fixedUrl = DoiNormalizer.FixDoubledResolverUrl(link.Url);
            if (fixedUrl is not null)
            {
                diagnostics.Warning(DiagnosticCodes.DoubledDoiPrefix, path, line,
                    $"{link.SourceKey} '{link.Url}' carries the DOI resolver prefix twice; read as '{fixedUrl}'");
                link = link with { Url = fixedUrl };
            }
            if (!seen.Add((link.Type.ToLowerInvariant(), link.Url)))
            {
                diagnostics.Info(DiagnosticCodes.DuplicateLink, path, line,
                    $"{link.SourceKey} repeats a {link.Type} link to '{link.Url}'; the theme shows it once");
                return;
            }
            into.Add(link);
        }

        PublicationLink Make(string type, string? label, string url, string? icon, string? iconPack, string sourceKey) =>
            new(type, label, url, icon, iconPack, sourceKey, IsBundleResource(url, resources));

        // 1. url_* fields (the bundle PDF takes url_pdf's place).
        var bundlePdf = bundleFolder is null
            ? null
            : resources.FirstOrDefault(r => string.Equals(r.RelativePath, bundleFolder + ".pdf", StringComparison.OrdinalIgnoreCase));
        foreach (var key in LegacyKeys)
        {
            var entry = root.Find(key);
            var type = key["url_".Length..];
            if (key == "url_pdf" && bundlePdf is not null)
            {
                Add(new PublicationLink("pdf", null, bundlePdf.RelativePath, null, null, "resource:" + bundlePdf.RelativePath, true),
                    FrontMatterValues.LineOf(entry));
                continue;
            }
            if (entry is null)
            {
                continue;
            }
            if (FrontMatterValues.Deref(entry.Value) is not FrontMatterScalar)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, FrontMatterValues.LineOf(entry),
                    $"{key} is not a URL string; ignored");
                continue;
            }
            var url = FrontMatterValues.NonEmptyText(entry.Value);
            if (url is not null)
            {
                Add(Make(type, null, url, null, null, entry.Key), FrontMatterValues.LineOf(entry));
            }
        }

        // 2. url_custom: the pre-2019 name of links, [{name, url}].
        CollectList(root.Find("url_custom"), "url_custom", Add, Make, path, diagnostics);

        // 3. links: v4–v5 {name, url, icon_pack, icon}; 2025+ {type, url, label} or {type, provider, id}.
        CollectList(root.Find("links"), "links", Add, Make, path, diagnostics);

        // 4. hugoblox.ids: identifiers the 2025 builder derives links from.
        var hugoblox = FrontMatterValues.AsMapping(root.Get("hugoblox"));
        var ids = FrontMatterValues.AsMapping(hugoblox?.Get("ids"));
        if (ids is not null)
        {
            foreach (var idEntry in ids.Entries)
            {
                if (!ReferenceEquals(ids.Find(idEntry.Key), idEntry))
                {
                    continue; // an earlier duplicate: Hugo keeps the last one
                }
                var id = FrontMatterValues.NonEmptyText(idEntry.Value);
                if (id is null)
                {
                    continue;
                }
                var derived = DerivedIdLinks.For(idEntry.Key, id);
                if (derived is null)
                {
                    diagnostics.Info(DiagnosticCodes.UnexpectedValueType, path, FrontMatterValues.LineOf(idEntry),
                        $"hugoblox.ids.{idEntry.Key} is not an identifier kind the theme derives a link from; no link");
                    continue;
                }
                var (type, url, label) = derived.Value;
                Add(Make(type, label, url, null, null, "hugoblox.ids." + idEntry.Key), FrontMatterValues.LineOf(idEntry));
            }
        }

        // 5. The DOI itself (the theme renders https://doi.org/{doi}).
        if (doi is not null && doi.StartsWith("10.", StringComparison.Ordinal))
        {
            Add(Make("doi", null, "https://doi.org/" + doi, null, null, doiSourceKey ?? "doi"), FrontMatterValues.LineOf(root.Find("doi")));
        }
    }

    private static void CollectList(
        FrontMatterEntry? entry,
        string key,
        Action<PublicationLink, int?> add,
        Func<string, string?, string, string?, string?, string, PublicationLink> make,
        string path,
        DiagnosticBag diagnostics)
    {
        if (entry is null)
        {
            return;
        }
        var value = FrontMatterValues.Deref(entry.Value);
        if (value is FrontMatterScalar { IsNull: true } or null)
        {
            return;
        }
        if (value is not FrontMatterSequence seq)
        {
            // A single map (TOML [url_custom] table) is read like a one-item list.
            if (value is FrontMatterMapping single)
            {
                CollectEntry(single, $"{key}[0]", FrontMatterValues.LineOf(entry), add, make, path, diagnostics);
                return;
            }
            diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, FrontMatterValues.LineOf(entry), $"{key} is not a list of links; ignored");
            return;
        }
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var item = FrontMatterValues.Deref(seq.Items[i].Value);
            var line = FrontMatterValues.LineOf(item) ?? FrontMatterValues.LineOf(entry);
            if (item is not FrontMatterMapping map)
            {
                if (item is FrontMatterScalar { IsNull: false } s && !string.IsNullOrWhiteSpace(s.Value))
                {
                    diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, line, $"{key}[{i}] is not a link entry; ignored");
                }
                continue;
            }
            CollectEntry(map, $"{key}[{i}]", line, add, make, path, diagnostics);
        }
    }

    private static void CollectEntry(
        FrontMatterMapping map,
        string sourceKey,
        int? line,
        Action<PublicationLink, int?> add,
        Func<string, string?, string, string?, string?, string, PublicationLink> make,
        string path,
        DiagnosticBag diagnostics)
    {
        var name = FrontMatterValues.NonEmptyText(map.Get("name"));
        var label = FrontMatterValues.NonEmptyText(map.Get("label")) ?? name;
        var type = FrontMatterValues.NonEmptyText(map.Get("type"));
        var url = FrontMatterValues.NonEmptyText(map.Get("url"));
        var icon = FrontMatterValues.NonEmptyText(map.Get("icon"));
        var iconPack = FrontMatterValues.NonEmptyText(map.Get("icon_pack"));
        var provider = FrontMatterValues.NonEmptyText(map.Get("provider"));
        var id = FrontMatterValues.NonEmptyText(map.Get("id"));

        if (url is null && provider is not null && id is not null)
        {
            var derived = DerivedIdLinks.For(provider, id);
            if (derived is null)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedValueType, path, line,
                    $"{sourceKey} names provider '{provider}', for which no link pattern is known; ignored");
                return;
            }
            add(make(type ?? derived.Value.Type, label ?? derived.Value.Label, derived.Value.Url, icon, iconPack, sourceKey), line);
            return;
        }
        if (url is null)
        {
            return; // the 2026 template's placeholder entries ({type: pdf, url: ''}) and url: null
        }
        if (type is null)
        {
            type = (name is not null && TypeByName.TryGetValue(name, out var byName)) ? byName
                : (icon is not null && TypeByIcon.TryGetValue(icon, out var byIcon)) ? byIcon
                : "custom";
        }
        add(make(type, label, url, icon, iconPack, sourceKey), line);
    }

    /// <summary>
    /// Whether a link URL names a file of the bundle: relative (no scheme, no leading <c>/</c>) and equal to a
    /// resource's name, compared case-insensitively as Hugo's <c>.Resources.GetMatch</c> does.
    /// </summary>
    public static bool IsBundleResource(string url, IReadOnlyList<BundleResource> resources)
    {
        if (url.StartsWith('/') || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return resources.Any(r => string.Equals(r.RelativePath, url, StringComparison.OrdinalIgnoreCase));
    }
}
