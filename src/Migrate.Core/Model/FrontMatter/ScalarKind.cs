namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// The type a scalar resolves to in its own syntax, the way Hugo's decoders see it: YAML 1.1 for YAML
/// (<c>yes</c> is a bool, <c>0755</c> an octal int, a bare <c>2020-08-10</c> a timestamp), TOML's own types,
/// JSON's types. A quoted scalar is always <see cref="String"/>.
/// </summary>
public enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
    /// <summary>YAML timestamp (bare), TOML offset date-time.</summary>
    Timestamp,
    /// <summary>TOML local date-time (no offset).</summary>
    LocalDateTime,
    /// <summary>TOML local date.</summary>
    LocalDate,
    /// <summary>TOML local time.</summary>
    LocalTime,
}
