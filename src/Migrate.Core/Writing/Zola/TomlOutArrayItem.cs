namespace Migrate.Core.Writing.Zola;

/// <summary>
/// One array item with the comments that belonged to it in the source. A null <see cref="Value"/> is a placeholder
/// for an item TOML cannot hold (a YAML null): only its comments and <see cref="Note"/> are written.
/// </summary>
internal sealed class TomlOutArrayItem
{
    public TomlOutArrayItem(TomlOutNode? value) => Value = value;

    public TomlOutNode? Value { get; }

    public List<string> LeadingComments { get; } = new();

    public string? TrailingComment { get; set; }

    /// <summary>For a placeholder: the comment that says what stood here (<c># (null item in source)</c>).</summary>
    public string? Note { get; set; }
}
