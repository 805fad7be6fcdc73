namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// The nesting limit every reader and walker of the tree shares. Hugo 0.111 reads 200-deep YAML front matter
/// (testdata/sites/bad-input/HUGO.md), so the limit sits above that; it exists because code walking the tree
/// recurses and a stack overflow cannot be caught in .NET. Deeper input is refused with a diagnostic naming the line.
/// TOML is bounded lower by Tomlyn's own parser (64 levels; Hugo's go-toml accepts deeper arrays — documented gap).
/// </summary>
public static class FrontMatterLimits
{
    /// <summary>Deepest nesting of mappings and sequences accepted (the root mapping counts as 1).</summary>
    public const int MaxDepth = 256;
}
