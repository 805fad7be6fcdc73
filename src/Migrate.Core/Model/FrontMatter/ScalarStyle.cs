namespace Migrate.Core.Model.FrontMatter;

/// <summary>How a scalar was spelled in the source, so writers can keep quoting where the value is unchanged.</summary>
public enum ScalarStyle
{
    /// <summary>YAML plain scalar, TOML bare value (number, bool, date), JSON number/bool/null.</summary>
    Plain,
    /// <summary>YAML <c>'…'</c>; TOML literal string <c>'…'</c>.</summary>
    SingleQuoted,
    /// <summary>YAML <c>"…"</c>; TOML basic string <c>"…"</c>; JSON string.</summary>
    DoubleQuoted,
    /// <summary>YAML <c>|</c> block; TOML multi-line literal <c>'''…'''</c>.</summary>
    Literal,
    /// <summary>YAML <c>&gt;</c> block.</summary>
    Folded,
    /// <summary>TOML multi-line basic string <c>"""…"""</c>.</summary>
    MultiLineDoubleQuoted,
}
