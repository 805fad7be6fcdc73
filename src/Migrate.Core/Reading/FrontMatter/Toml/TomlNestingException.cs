namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>Thrown inside the TOML reader when the tree would nest deeper than allowed; turned into a diagnostic.</summary>
internal sealed class TomlNestingException : Exception
{
    public TomlNestingException(int line, int column)
        : base("nesting too deep")
    {
        Line = line;
        Column = column;
    }

    /// <summary>0-based content line.</summary>
    public int Line { get; }

    /// <summary>0-based column.</summary>
    public int Column { get; }
}
