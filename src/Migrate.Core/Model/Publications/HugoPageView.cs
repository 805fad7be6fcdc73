using System.Text.Json.Nodes;

namespace Migrate.Core.Model.Publications;

/// <summary>
/// What Hugo itself reads from the page, in the shape <c>shared/oracles/hugo-params.sh</c> prints it:
/// page variables (<c>.Title</c>, <c>.Date</c>, … as RFC 3339 text, zero date <c>0001-01-01T00:00:00Z</c>) and
/// <c>.Params</c> (keys lower-cased at every map level except inside lists, last duplicate wins, YAML 1.1 values,
/// dates in the date keys as time values). The conformance run compares this with real Hugo page by page.
/// </summary>
public sealed record HugoPageView(
    string Title,
    string Date,
    string PublishDate,
    string Lastmod,
    string ExpiryDate,
    bool Draft,
    JsonObject Params);
