namespace Migrate.Core.Writing.Zola;

/// <summary>
/// A value of the TOML document the Zola writer builds (<see cref="TomlOutScalar"/>, <see cref="TomlOutArray"/>,
/// <see cref="TomlOutTable"/>). Unlike Tomlyn's model it carries comments on every key and array item and keeps
/// insertion order, which is what a lossless front matter needs; <see cref="TomlOutRenderer"/> turns it into text.
/// </summary>
internal abstract class TomlOutNode
{
}
