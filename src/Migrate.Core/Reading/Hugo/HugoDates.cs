using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Hugo;

/// <summary>Hugo's date reading (cast.ToTimeInDefaultLocationE and front-matter date handling) (owner: helper "hugo").</summary>
public static class HugoDates
{
    /// <summary>
    /// Reads a date value as Hugo does for the date keys (<c>date</c>, <c>publishDate</c>, <c>lastmod</c>,
    /// <c>expiryDate</c>): strings in all the shapes Hugo accepts, YAML timestamps, TOML date kinds, integers as
    /// Unix seconds. Values without an offset are in <paramref name="zone"/> (the site's <c>timeZone</c>, UTC by
    /// default). Returns a <see cref="HugoDate"/> whose Value is null when Hugo would not parse it.
    /// </summary>
    public static HugoDate Read(FrontMatterScalar scalar, TimeZoneInfo zone) => throw new NotImplementedException();
}
