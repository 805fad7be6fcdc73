namespace Migrate.Core.Reading.Hugo;

/// <summary>The elements of a Go time layout that the layouts Hugo tries (through <c>spf13/cast</c>) use.</summary>
internal enum GoLayoutElement
{
    Literal,
    LongYear,      // 2006
    Year,          // 06
    ZeroMonth,     // 01
    ShortMonth,    // Jan
    ShortWeekday,  // Mon
    LongWeekday,   // Monday
    ZeroDay,       // 02
    UnderDay,      // _2
    Hour,          // 15
    Hour12,        // 3
    ZeroMinute,    // 04
    ZeroSecond,    // 05
    FractionFixed, // .000 (exact digit count)
    FractionAny,   // .999 (optional, any digits)
    PM,            // PM
    ZoneName,      // MST
    NumericZone,   // -0700
    NumericColonZone, // -07:00
    IsoZone,       // Z0700
    IsoColonZone,  // Z07:00
}
