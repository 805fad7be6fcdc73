using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;

namespace Migrate.Core.Reading.Site;

/// <summary>The site (config, author profiles) and its publication pages in deterministic (ordinal path) order.</summary>
public sealed record SiteLoadResult(SiteContext Site, IReadOnlyList<PublicationSource> Publications);
