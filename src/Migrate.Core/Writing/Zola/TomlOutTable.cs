namespace Migrate.Core.Writing.Zola;

/// <summary>
/// A table in insertion order. Written as a <c>[header]</c> table, or inline (<c>{ a = 1 }</c>) when it sits inside
/// an inline array (its comments then move above the array item, since TOML 1.0 inline tables are one line).
/// </summary>
internal sealed class TomlOutTable : TomlOutNode
{
    public List<TomlOutEntry> Entries { get; } = new();

    public List<string> EndComments { get; } = new();

    /// <summary>Write as an inline table (<c>{ a = 1 }</c>) where it stands, as the source did (a flow map).</summary>
    public bool Inline { get; set; }

    public TomlOutEntry Add(string key, TomlOutNode? value)
    {
        var e = new TomlOutEntry(key, value);
        Entries.Add(e);
        return e;
    }

    public bool ContainsKey(string key) => Entries.Exists(e => e.Value is not null && e.Key == key);
}
