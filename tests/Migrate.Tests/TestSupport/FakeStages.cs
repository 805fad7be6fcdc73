using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Site;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// Stand-in reading stages: a site at <c>siteRoot</c> with the given publication slugs, read as
/// <see cref="SamplePublications.Rich"/> (or by a custom function). Lets pipeline and CLI tests run without
/// the real readers.
/// </summary>
public static class FakeStages
{
    public static ConversionStages For(string siteRoot, IEnumerable<string> slugs, Func<PublicationSource, Publication>? read = null,
        Action<DiagnosticBag>? siteDiagnostics = null)
    {
        var sources = slugs.Select(s => SamplePublications.Source(s) with { FullPath = Path.Combine(siteRoot, "content", "publication", s, "index.md") }).ToList();
        return new ConversionStages(
            (path, sections, bag) =>
            {
                siteDiagnostics?.Invoke(bag);
                return new SiteLoadResult(SamplePublications.Site(siteRoot), sources);
            },
            (source, site) => read is null ? SamplePublications.Rich(source.Slug) : read(source));
    }
}
