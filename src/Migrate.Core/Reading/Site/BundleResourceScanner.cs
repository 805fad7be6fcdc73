using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Site;

/// <summary>Lists the files of a page bundle with media types and junk flags (owner: helper "site").</summary>
public static class BundleResourceScanner
{
    public static IReadOnlyList<BundleResource> Scan(PublicationSource source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
