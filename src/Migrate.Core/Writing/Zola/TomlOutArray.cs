namespace Migrate.Core.Writing.Zola;

/// <summary>
/// An array. <see cref="AsTableArray"/> asks for <c>[[key]]</c> tables (every item a table, the array not inside an
/// inline value); otherwise it is an inline array, written one item per line when any item has comments.
/// </summary>
internal sealed class TomlOutArray : TomlOutNode
{
    public List<TomlOutArrayItem> Items { get; } = new();

    public List<string> EndComments { get; } = new();

    public bool AsTableArray { get; set; }

    public TomlOutArray Add(TomlOutNode value)
    {
        Items.Add(new TomlOutArrayItem(value));
        return this;
    }
}
