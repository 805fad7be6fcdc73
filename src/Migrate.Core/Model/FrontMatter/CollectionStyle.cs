namespace Migrate.Core.Model.FrontMatter;

/// <summary>How a mapping or sequence was laid out in the source.</summary>
public enum CollectionStyle
{
    /// <summary>YAML block (indented); TOML top level / dotted keys; JSON (always <see cref="Flow"/> instead).</summary>
    Block,
    /// <summary>YAML <c>[a, b]</c> / <c>{a: 1}</c>; TOML inline array / inline table; JSON array / object.</summary>
    Flow,
    /// <summary>TOML <c>[table]</c> header.</summary>
    TomlTable,
    /// <summary>TOML <c>[[array]]</c> of tables (a sequence whose items are mappings).</summary>
    TomlTableArray,
}
