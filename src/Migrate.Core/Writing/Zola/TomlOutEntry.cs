namespace Migrate.Core.Writing.Zola;

/// <summary>
/// A key of a table with its comments. A null <see cref="Value"/> writes only the comments plus <see cref="Note"/>
/// (how the writer represents a source key TOML cannot hold, e.g. a null, next to where it stood).
/// </summary>
internal sealed class TomlOutEntry
{
    public TomlOutEntry(string key, TomlOutNode? value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; }

    public TomlOutNode? Value { get; }

    public List<string> LeadingComments { get; } = new();

    public string? TrailingComment { get; set; }

    public string? Note { get; set; }

    public bool BlankLineBefore { get; set; }
}
