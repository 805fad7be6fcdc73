using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// The two Hugo functions the typed view depends on, passed in rather than called directly so that tests can give
/// simple fakes (no global mutable state: <see cref="Default"/> is immutable and points at the real implementations).
/// </summary>
internal sealed record PublicationViewServices(
    Func<string, string> Urlize,
    Func<FrontMatterScalar, TimeZoneInfo, FrontMatterFormat, HugoDate> ReadDate)
{
    // The front matter's format is passed because a TOML offset date-time and a YAML timestamp read differently
    // (Hugo drops a TOML datetime's fraction in the date keys; JSON numbers are floats, never dates).
    public static PublicationViewServices Default { get; } = new(HugoUrlize.Urlize, HugoDates.Read);
}
