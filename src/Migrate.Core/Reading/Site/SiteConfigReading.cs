using System.Text.RegularExpressions;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// What <see cref="SiteConfigReader"/> found, including what <see cref="SiteConfig"/> does not expose: the merged
/// config tree, the content mounts in Hugo's order, the built languages and the <c>ignoreFiles</c> patterns.
/// </summary>
internal sealed record SiteConfigReading(
    SiteConfig Config,
    ConfigMap Tree,
    IReadOnlyList<ContentMount> Mounts,
    IReadOnlyList<string> BuiltLanguages,
    IReadOnlyList<Regex> IgnoreFiles,
    bool Found)
{
    /// <summary>More than one language is built: publications carry their language code.</summary>
    public bool IsMultilingual => BuiltLanguages.Count > 1;
}
