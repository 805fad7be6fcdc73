using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Reads one publication page: file → split → front-matter tree → Hugo view → typed view → resources.
/// Never throws for bad input: problems become diagnostics on the returned publication (owner: helper "academic").
/// </summary>
public static class PublicationReader
{
    public static Publication Read(PublicationSource source, SiteContext site) => throw new NotImplementedException();
}
