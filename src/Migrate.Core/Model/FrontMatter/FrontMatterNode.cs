namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// A value in the lossless front-matter tree: <see cref="FrontMatterScalar"/>, <see cref="FrontMatterSequence"/>,
/// <see cref="FrontMatterMapping"/> or <see cref="FrontMatterAlias"/>. The tree is the single source of truth;
/// typed views (<c>Publication</c>, Hugo's params) are computed from it and never replace it.
/// </summary>
public abstract class FrontMatterNode
{
    /// <summary>Where the value starts in the source file, when it came from a file.</summary>
    public SourcePosition? Start { get; set; }

    /// <summary>YAML anchor name (<c>&amp;a</c>) on this node, if any.</summary>
    public string? Anchor { get; set; }

    /// <summary>Explicit YAML tag as written (<c>!!str</c>), if any.</summary>
    public string? Tag { get; set; }
}
