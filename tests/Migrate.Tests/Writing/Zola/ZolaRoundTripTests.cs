using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Academic;
using Migrate.Core.Reading.FrontMatter;
using Migrate.Core.Reading.Hugo;
using Migrate.Core.Reading.Site;
using Migrate.Tests.Fixtures;
using Xunit.Abstractions;

namespace Migrate.Tests.Writing.Zola;

/// <summary>
/// The round trip of issue "zola": every fixture page's Zola output, read back with the project's own TOML reader
/// (<see cref="TomlFrontMatterParser"/>) and Hugo's view of it (<see cref="HugoPageViewBuilder"/>), gives the same
/// typed fields and the same <c>[extra]</c> values as Hugo's view of the source page. The truth on both sides is
/// Hugo's reading (the oracle-checked view), not the writer's code. Documented differences (README "Zola output",
/// Round trip), each handled by name below:
/// <list type="number">
/// <item><c>date</c> comes from the <c>date</c> key only; Hugo's <c>.Date</c> falls back to <c>publishDate</c> and
/// others, which Zola does not (those keys stay in <c>[extra]</c> and are compared there).</item>
/// <item><c>updated</c> comes from <c>lastmod</c> only (compared as an instant with it).</item>
/// <item><c>authors</c> holds display names (profile name, else the text); the source's raw entries are
/// <c>extra.migrate.authors[].raw</c>.</item>
/// <item><c>summary</c> is <c>description</c>; without a summary, <c>description</c> is a short form of the
/// abstract (not a source key; <c>description_from = "abstract"</c>).</item>
/// <item>A null value (TOML has none) is absent and listed in <c>extra.migrate.null_keys</c>.</item>
/// <item>An empty or non-text taxonomy term is a comment (Zola rejects it).</item>
/// <item>A date key in <c>[extra]</c> (<c>publishDate</c>, <c>expiryDate</c>, a <c>date</c> Zola cannot take) reads as
/// the same instant (from YAML or JSON it is a string there rather than a time value), or, when Hugo cannot read it
/// as a date, holds the same text. (Hugo's <c>.Params</c> shows its computed page dates under these keys, so they
/// are compared key by key with Hugo's date reading, not through <c>.Params</c>.)</item>
/// <item>A value nested deeper than 40 levels is written as a comment below that depth (MIG501).</item>
/// </list>
/// </summary>
public class ZolaRoundTripTests
{
    private static readonly HashSet<string> DateKeys = new(
        HugoPageViewBuilder.DateChain.Concat(HugoPageViewBuilder.ExpiryDateChain), StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public ZolaRoundTripTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in TestData.SiteCases)
        {
            data.Add(c);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadingTheZolaOutputBackGivesTheSourcesTypedViewAndExtraValues(string caseName)
    {
        var site = TestData.Site(caseName);
        var siteBag = new DiagnosticBag();
        var config = SiteLoader.Load(site, SiteLoader.DefaultSections, siteBag).Site.Config;
        var zone = SiteTimeZone.Resolve(config.TimeZone, site, siteBag);
        var plan = ConversionPipeline.Run(new ConversionRequest(site, "zola", null, Array.Empty<string>())).Plan;
        var pages = ReadPages(plan.Files
            .Where(f => f.Content is not null && f.RelativePath.EndsWith(".md", StringComparison.Ordinal) && !f.RelativePath.Contains("/_index", StringComparison.Ordinal))
            .Select(f => (f.RelativePath, Encoding.UTF8.GetString(f.Content!))), zone);

        var problems = new List<string>();
        var compared = 0;
        foreach (var p in ConversionPipeline.Inspect(site, Array.Empty<string>()).Publications)
        {
            if (p.FrontMatter is null || p.SkipReason is not null || p.Hugo is null || p.Diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }
            Assert.True(pages.TryGetValue(p.Source.SitePath, out var page), $"no Zola page for {p.Source.SitePath}");
            compared += Compare(p, page!, zone, problems);
        }
        _output.WriteLine($"{caseName}: {compared} values compared");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Each output page read back with the project's TOML reader and Hugo's view, by its source path.</summary>
    private static Dictionary<string, (string Path, HugoPageView View, FrontMatterDocument Document)> ReadPages(IEnumerable<(string Path, string Text)> files, TimeZoneInfo zone)
    {
        var pages = new Dictionary<string, (string, HugoPageView, FrontMatterDocument)>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            var split = FrontMatterSplitter.Split(text);
            Assert.True(split.Format == FrontMatterFormat.Toml && split.Error is null, $"{path}: not TOML front matter");
            var bag = new DiagnosticBag();
            var document = TomlFrontMatterParser.Parse(split.Content, path, split.ContentFirstLine, bag);
            Assert.True(document is not null && !bag.HasErrors, $"{path}: {string.Join("; ", bag.Items)}");
            var view = HugoPageViewBuilder.Build(document!, zone, path, bag);
            var source = (string?)Migrate(view)["source"];
            Assert.NotNull(source);
            pages.Add(source!, (path, view, document!));
        }
        return pages;
    }

    /// <summary>The <c>extra.migrate</c> bookkeeping (<c>migrate_</c>… when the source has a key <c>migrate</c>).</summary>
    private static JsonObject Migrate(HugoPageView view)
    {
        var extra = view.Params["extra"]!.AsObject();
        for (var key = "migrate"; ; key += "_")
        {
            if (extra[key] is JsonObject t && t["source_format"] is not null)
            {
                return t;
            }
            Assert.True(extra.ContainsKey(key), "no extra.migrate table");
        }
    }

    private static int Compare(Publication p, (string Path, HugoPageView View, FrontMatterDocument Document) page, TimeZoneInfo zone, List<string> problems)
    {
        var src = p.Hugo!;
        var output = page.View;
        var top = output.Params;
        var extra = top["extra"]!.AsObject();
        var migrate = Migrate(output);
        var sourceKeys = (migrate["source_keys"] as JsonObject ?? new JsonObject())
            .ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.Ordinal);
        var nullKeys = (migrate["null_keys"] as JsonArray ?? new JsonArray()).Select(n => (string)n!).ToHashSet(StringComparer.Ordinal);
        var where = p.Source.SitePath;
        var compared = 0;

        void Check(bool ok, string what)
        {
            compared++;
            if (!ok)
            {
                problems.Add($"{where}: {what}");
            }
        }

        // Zola's reading of a date is the TOML value itself (Hugo 0.111 would drop the fraction of a TOML date key; checked
        // with hugo-params.sh), so dates are compared from the written text; a bare day is read in the site's zone,
        // which makes it the same calendar day as the source's.
        string? TopScalar(string key) => (page.Document.Root.Find(key)?.Value as FrontMatterScalar)?.Value;

        // Typed view: title, draft, date, updated, authors.
        Check(output.Title == src.Title, $"title '{output.Title}' != '{src.Title}'");
        Check(output.Draft == src.Draft, $"draft {output.Draft} != {src.Draft}");
        if (sourceKeys.TryGetValue("date", out var dateKey))
        {
            Check(Instant(TopScalar("date"), zone) == Instant(src.Params[dateKey.ToLowerInvariant()], zone),
                $"date {TopScalar("date")} is not the instant of {dateKey} {src.Params[dateKey.ToLowerInvariant()]}");
        }
        else
        {
            // Difference 1: no `date` key, so no Zola date (Hugo's fallback keys are compared under [extra]).
            Check(p.FrontMatter!.Root.Find("date") is null || p.Date?.Value is null, "the source has a date but the page has none");
        }
        if (sourceKeys.TryGetValue("updated", out var lastmodKey))
        {
            Check(Instant(TopScalar("updated"), zone) == Instant(src.Params[lastmodKey.ToLowerInvariant()], zone),
                $"updated {TopScalar("updated")} is not the instant of {lastmodKey} {src.Params[lastmodKey.ToLowerInvariant()]}");
        }
        // Difference 3: display names at the top, the raw entries in the bookkeeping.
        var expectedNames = p.Authors.Select(a => a.DisplayName).Where(n => n.Trim().Length > 0).ToList();
        Check(Strings(top["authors"]).SequenceEqual(expectedNames), $"authors [{string.Join(", ", Strings(top["authors"]))}] != [{string.Join(", ", expectedNames)}]");
        if (sourceKeys.TryGetValue("authors", out var authorsKey) && src.Params[authorsKey.ToLowerInvariant()] is JsonArray rawAuthors)
        {
            var raw = (migrate["authors"] as JsonArray ?? new JsonArray()).Select(a => (string?)a!["raw"]).ToList();
            Check(raw.SequenceEqual(rawAuthors.Select(a => a?.ToString())), $"extra.migrate.authors raw [{string.Join(", ", raw)}] != source {rawAuthors.ToJsonString()}");
        }

        // Every other Zola field against the source key it came from (extra.migrate.source_keys).
        foreach (var (zolaKey, sourceKey) in sourceKeys)
        {
            var from = src.Params[sourceKey.ToLowerInvariant()];
            switch (zolaKey)
            {
                case "title" or "date" or "updated" or "draft" or "authors":
                    break;
                case "description":
                    Check((string?)top["description"] == from?.ToString(), $"description != {sourceKey}");
                    break;
                case "weight" or "aliases":
                    Check(JsonNode.DeepEquals(top[zolaKey], from), $"{zolaKey} {top[zolaKey]?.ToJsonString()} != {sourceKey} {from?.ToJsonString()}");
                    break;
                default:
                    Assert.StartsWith("taxonomies.", zolaKey, StringComparison.Ordinal);
                    var name = zolaKey["taxonomies.".Length..];
                    // Difference 6: empty and non-text terms are comments in the output.
                    var expected = Strings(from).Where(t => t.Trim().Length > 0).ToList();
                    var actual = Strings(top["taxonomies"]?[name]).ToList();
                    Check(actual.SequenceEqual(expected), $"taxonomy {name} [{string.Join(", ", actual)}] != {sourceKey} [{string.Join(", ", expected)}]");
                    break;
            }
        }

        // [extra]: every source key that is not a Zola field holds Hugo's value of it.
        var consumed = sourceKeys.Values.Select(k => k.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in p.FrontMatter!.Root.Entries)
        {
            var key = entry.Key.ToLowerInvariant();
            if (consumed.Contains(key))
            {
                continue;
            }
            var expected = src.Params[key];
            if (Depth(entry.Value) > 40)
            {
                // Difference 8: cut to a comment below 40 levels.
                Check(extra.ContainsKey(key), $"deep source key '{entry.Key}' is not in [extra]");
                continue;
            }
            if (DateKeys.Contains(key))
            {
                // Difference 7: the same instant by Hugo's date reading, or the same text when Hugo cannot read it.
                var outEntry = (page.Document.Root.Find("extra")?.Value as FrontMatterMapping)?.Find(entry.Key);
                if (HugoValueReader.Resolve(entry.Value) is FrontMatterScalar { IsNull: false } srcDate)
                {
                    var outDate = outEntry is null ? null : HugoValueReader.Resolve(outEntry.Value) as FrontMatterScalar;
                    var a = HugoDates.Read(srcDate, zone, p.FrontMatter.Format).Value;
                    var b = outDate is null ? null : HugoDates.Read(outDate, zone, FrontMatterFormat.Toml).Value;
                    Check(outDate is not null && a == b && (a is not null || srcDate.Value == outDate.Value),
                        $"extra.{entry.Key} '{outDate?.Raw}' is not the date of source '{srcDate.Raw}'");
                    continue;
                }
            }
            if (!extra.TryGetPropertyValue(key, out var actual))
            {
                // Difference 5: a null is listed, not written.
                Check(expected is null && nullKeys.Contains(entry.Key), $"source key '{entry.Key}' is neither in [extra] nor a listed null");
                continue;
            }
            Check(JsonNode.DeepEquals(actual, expected), $"extra.{entry.Key} {actual?.ToJsonString() ?? "null"} != source {expected?.ToJsonString() ?? "null"}");
        }
        return compared;
    }

    private static int Depth(FrontMatterNode node, int level = 0) => level > 64 ? level : node switch
    {
        FrontMatterMapping m => 1 + m.Entries.Select(e => Depth(e.Value, level + 1)).DefaultIfEmpty(0).Max(),
        FrontMatterSequence s => 1 + s.Items.Select(i => Depth(i.Value, level + 1)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        null => Array.Empty<string>(),
        JsonArray a => a.Select(n => n?.ToString() ?? ""),
        _ => new[] { node.ToString() },
    };

    /// <summary>A date as Hugo's view prints it (RFC 3339, or a TOML local date/time read in the site's zone) as an instant.</summary>
    private static DateTimeOffset? Instant(JsonNode? node, TimeZoneInfo zone) => node is null ? null : Instant(node.ToString(), zone);

    private static DateTimeOffset? Instant(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrEmpty(text) || text.StartsWith("0001-01-01", StringComparison.Ordinal))
        {
            return null;
        }
        var t = text.Trim().Replace(' ', 'T');
        // .NET reads at most 7 fraction digits; Hugo prints up to 9.
        var dot = t.IndexOf('.', Math.Min(t.Length, 19));
        if (dot > 0)
        {
            var end = dot + 1;
            while (end < t.Length && char.IsAsciiDigit(t[end]))
            {
                end++;
            }
            t = t[..Math.Min(end, dot + 8)] + t[end..];
        }
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (t.EndsWith('Z') || t.EndsWith("z", StringComparison.Ordinal) || t.LastIndexOfAny(new[] { '+', '-' }) > 10))
        {
            return withOffset;
        }
        if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
        }
        return null;
    }
}
