using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Computes what Hugo reads from a front matter (page variables and .Params) (owner: helper "hugo").
/// Reproduces Hugo 0.111.3 (<c>hugolib/page__meta.go</c> and <c>resources/page/pagemeta/page_frontmatter.go</c>
/// with the default <c>[frontmatter]</c> configuration), checked against <c>shared/oracles/hugo-params.sh</c> on
/// <c>testdata/hugo-probes/pages</c>:
/// <list type="bullet">
/// <item>keys are lower-cased (maps in lists keep theirs), the last duplicate wins;</item>
/// <item>each page date is the first readable key of its chain (<see cref="DateChain"/> etc.); the key found is
/// stored in <c>.Params</c> as a time, and <c>date</c>/<c>lastmod</c>/<c>publishdate</c>/<c>expirydate</c> are
/// added when unset; unreadable date values are dropped from <c>.Params</c> without a word (we warn);</item>
/// <item>special keys are cast (<c>title</c>, <c>summary</c>, … to string, <c>weight</c> to int,
/// <c>keywords</c>/<c>aliases</c> to string lists), <c>draft</c> (or the inverse of a boolean
/// <c>published</c>) and <c>iscjklanguage</c> are always set.</item>
/// </list>
/// </summary>
public static class HugoPageViewBuilder
{
    /// <summary>Hugo's zero time as <c>jsonify</c> prints it.</summary>
    public const string ZeroDate = "0001-01-01T00:00:00Z";

    /// <summary>Keys tried for <c>.Date</c>, in order (Hugo's <c>:default</c>).</summary>
    public static readonly IReadOnlyList<string> DateChain = ["date", "publishdate", "pubdate", "published", "lastmod", "modified"];

    /// <summary>Keys tried for <c>.Lastmod</c> (no Git info).</summary>
    public static readonly IReadOnlyList<string> LastmodChain = ["lastmod", "modified", "date", "publishdate", "pubdate", "published"];

    /// <summary>Keys tried for <c>.PublishDate</c>.</summary>
    public static readonly IReadOnlyList<string> PublishDateChain = ["publishdate", "pubdate", "published", "date"];

    /// <summary>Keys tried for <c>.ExpiryDate</c>.</summary>
    public static readonly IReadOnlyList<string> ExpiryDateChain = ["expirydate", "unpublishdate"];

    private static readonly HashSet<string> StringKeys =
        ["title", "linktitle", "summary", "description", "url", "type", "layout", "markup", "translationkey"];

    public static HugoPageView Build(FrontMatterDocument document, TimeZoneInfo zone, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reader = new HugoValueReader(document.Format, path, diagnostics);

        // Hugo lower-cases the front matter first; which duplicate wins is HugoKeyPrecedence's rule.
        var front = new Dictionary<string, (FrontMatterNode Node, int? Line)>(StringComparer.Ordinal);
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (key, value, line) in reader.Entries(document.Root))
        {
            var lower = key.ToLowerInvariant();
            if (!spelling.TryGetValue(lower, out var current))
            {
                order.Add(lower);
            }
            else if (!HugoKeyPrecedence.Replaces(current, key))
            {
                continue;
            }
            spelling[lower] = key;
            front[lower] = (value, line);
        }

        var pars = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var readTimes = new Dictionary<string, GoTime?>(StringComparer.Ordinal);
        GoTime? ReadKey(string key)
        {
            if (!readTimes.TryGetValue(key, out var t))
            {
                t = HugoValueReader.Resolve(front[key].Node) is FrontMatterScalar s
                    ? HugoDates.ReadTime(s, zone, document.Format)?.Time
                    : null;
                readTimes[key] = t;
            }
            return t;
        }
        (GoTime Time, string Key)? RunChain(IReadOnlyList<string> chain, string paramKey)
        {
            foreach (var key in chain)
            {
                if (!front.ContainsKey(key) || ReadKey(key) is not { } t)
                {
                    continue;
                }
                pars[key] = t;
                pars.TryAdd(paramKey, t);
                return (t, key);
            }
            return null;
        }

        var date = RunChain(DateChain, "date");
        var lastmod = RunChain(LastmodChain, "lastmod");
        var publishDate = RunChain(PublishDateChain, "publishdate");
        var expiryDate = RunChain(ExpiryDateChain, "expirydate");
        var dateKeys = new HashSet<string>(DateChain.Concat(LastmodChain).Concat(PublishDateChain).Concat(ExpiryDateChain), StringComparer.Ordinal);
        foreach (var key in dateKeys.Where(front.ContainsKey))
        {
            ReadKey(key); // so every unreadable date key gets its warning, not only those a chain reached
        }
        WarnAboutUnreadableDates(front, readTimes, path, diagnostics, date, lastmod, publishDate, expiryDate);

        var title = "";
        bool? draft = null;
        bool? published = null;
        bool? cjk = null;
        foreach (var key in order)
        {
            var (node, line) = front[key];
            var value = reader.Read(node, true, line ?? 0);
            if (key == "published")
            {
                var (b, ok) = GoCast.ToBoolE(value);
                if (ok)
                {
                    published = b;
                }
                continue;
            }
            if (dateKeys.Contains(key))
            {
                continue;
            }
            switch (key)
            {
                case "title":
                    title = GoCast.ToString(value);
                    pars[key] = title;
                    break;
                case var k when StringKeys.Contains(k):
                    pars[key] = GoCast.ToString(value);
                    break;
                case "slug":
                    pars[key] = GoCast.ToString(value).Trim('-');
                    break;
                case "keywords" or "aliases":
                    pars[key] = GoCast.ToStringSlice(value);
                    break;
                case "headless":
                    pars[key] = GoCast.ToBool(value);
                    break;
                case "draft":
                    draft = GoCast.ToBool(value);
                    break;
                case "iscjklanguage":
                    cjk = GoCast.ToBool(value);
                    break;
                case "weight":
                    pars[key] = GoCast.ToInt(value);
                    break;
                case "resources" when value is List<object?> items:
                    pars[key] = items.Where(i => i is SortedDictionary<string, object?>).ToList();
                    break;
                default:
                    pars[key] = value;
                    break;
            }
        }
        var isDraft = draft ?? (published is { } p ? !p : false);
        pars["draft"] = isDraft;
        pars["iscjklanguage"] = cjk ?? false;

        return new HugoPageView(
            title,
            Print(date),
            Print(publishDate),
            Print(lastmod),
            Print(expiryDate),
            isDraft,
            HugoValueReader.ToJsonObject(pars));
    }

    private static string Print((GoTime Time, string Key)? value) => value is { } v ? v.Time.ToRfc3339Nano() : ZeroDate;

    /// <summary>
    /// Hugo drops a date value it cannot read without a word and takes the next key of the chain; say so, naming
    /// the page variable the key feeds and what Hugo uses instead.
    /// </summary>
    private static void WarnAboutUnreadableDates(
        Dictionary<string, (FrontMatterNode Node, int? Line)> front,
        Dictionary<string, GoTime?> readTimes,
        string path,
        DiagnosticBag diagnostics,
        (GoTime Time, string Key)? date,
        (GoTime Time, string Key)? lastmod,
        (GoTime Time, string Key)? publishDate,
        (GoTime Time, string Key)? expiryDate)
    {
        foreach (var (key, time) in readTimes.OrderBy(kv => front[kv.Key].Line ?? int.MaxValue).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (time is not null)
            {
                continue;
            }
            var (node, line) = front[key];
            var resolved = HugoValueReader.Resolve(node);
            if (resolved is null || resolved is FrontMatterScalar { IsNull: true } || resolved is FrontMatterScalar { Value: "" })
            {
                continue; // "no value" spellings: nothing to warn about
            }
            if (key == "published" && resolved is FrontMatterScalar { Kind: ScalarKind.Boolean })
            {
                continue; // published: true/false is the draft switch, not a date
            }
            var (variable, result) = key switch
            {
                "date" => (".Date", date),
                "lastmod" or "modified" => (".Lastmod", lastmod),
                "expirydate" or "unpublishdate" => (".ExpiryDate", expiryDate),
                _ => (".PublishDate", publishDate),
            };
            var shown = resolved is FrontMatterScalar s ? $"'{s.Value}'" : "a list or map";
            var instead = result is { } r
                ? $"Hugo silently ignores it and takes {variable} from '{r.Key}' ({r.Time.ToRfc3339Nano()})"
                : $"Hugo silently ignores it and leaves {variable} empty ({ZeroDate})";
            diagnostics.Warning(DiagnosticCodes.InvalidDate, path, line,
                $"'{key}' value {shown} is not a date Hugo can read; {instead}");
        }
    }
}
