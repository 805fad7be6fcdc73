namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// A YAML alias (<c>*name</c>). Kept as an alias (never expanded in the tree, so an alias bomb costs nothing);
/// <see cref="Target"/> is the anchored node it refers to, when the anchor was defined earlier.
/// Consumers that need plain values expand it with a node budget.
/// </summary>
public sealed class FrontMatterAlias : FrontMatterNode
{
    public FrontMatterAlias(string name, FrontMatterNode? target)
    {
        Name = name;
        Target = target;
    }

    public string Name { get; }

    public FrontMatterNode? Target { get; }
}
