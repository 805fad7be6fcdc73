namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// How <c>spf13/cast</c> treats the zone of a layout it matched: without a zone or with a zone name, the wall clock
/// is put in the site's location (the name is ignored); with a numeric offset, the offset is kept; time-only
/// layouts give year 0 in UTC.
/// </summary>
internal enum GoTimeFormatKind
{
    NoZone,
    NamedZone,
    NumericZone,
    NumericAndNamedZone,
    TimeOnly,
}
