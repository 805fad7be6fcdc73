namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>What kind of value a <see cref="YamlSlot"/> holds, as far as placing comments is concerned.</summary>
internal enum YamlValueShape
{
    /// <summary>A scalar or alias that ends where its text ends.</summary>
    Inline,
    /// <summary>A <c>|</c> or <c>&gt;</c> block scalar: a comment may follow its header.</summary>
    BlockScalar,
    /// <summary>A <c>[…]</c> or <c>{…}</c> collection.</summary>
    FlowCollection,
    /// <summary>An indented mapping or sequence.</summary>
    BlockCollection,
}
