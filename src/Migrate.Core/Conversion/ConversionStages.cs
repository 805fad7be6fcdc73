using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Reading.Academic;
using Migrate.Core.Reading.Site;

namespace Migrate.Core.Conversion;

/// <summary>
/// The reading stages the pipeline calls: finding the site and its pages, and reading one page. The defaults are
/// <see cref="SiteLoader.Load"/> and <see cref="PublicationReader.Read"/>; tests substitute their own so the
/// pipeline's ordering, error handling and planning can be checked without files.
/// </summary>
public sealed record ConversionStages(
    Func<string, IReadOnlyList<string>, DiagnosticBag, SiteLoadResult> LoadSite,
    Func<PublicationSource, SiteContext, Publication> ReadPublication)
{
    public static ConversionStages Default { get; } = new(SiteLoader.Load, PublicationReader.Read);
}
