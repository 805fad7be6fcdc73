using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.FrontMatter;
using Migrate.Core.Reading.Hugo;
using Migrate.Core.Reading.Site;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// The stages <see cref="PublicationReader"/> chains, passed in so tests can replace any of them with a fake.
/// <see cref="Default"/> is immutable and uses the real implementations.
/// </summary>
internal sealed record PublicationReaderSteps(
    Func<string, FrontMatterSplit> Split,
    Func<FrontMatterFormat, string, string, int, DiagnosticBag, FrontMatterDocument?> Parse,
    Func<FrontMatterDocument, TimeZoneInfo, string, DiagnosticBag, HugoPageView> BuildHugoView,
    Func<PublicationSource, DiagnosticBag, IReadOnlyList<BundleResource>> ScanResources,
    PublicationViewServices ViewServices,
    long MaxFileBytes = PublicationReaderSteps.DefaultMaxFileBytes)
{
    /// <summary>Files above this size are not read (20 MB: no real publication page comes near it).</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>cite.bib files above this size are not read into memory.</summary>
    public const long MaxCiteBibBytes = 5L * 1024 * 1024;

    public static PublicationReaderSteps Default { get; } = new(
        FrontMatterSplitter.Split,
        FrontMatterParser.Parse,
        HugoPageViewBuilder.Build,
        BundleResourceScanner.Scan,
        PublicationViewServices.Default);
}
