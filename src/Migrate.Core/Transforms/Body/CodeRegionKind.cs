namespace Migrate.Core.Transforms.Body;

/// <summary>The Markdown construct a <see cref="CodeRegion"/> comes from.</summary>
public enum CodeRegionKind
{
    FencedCode,
    IndentedCode,
    InlineCode,
}
