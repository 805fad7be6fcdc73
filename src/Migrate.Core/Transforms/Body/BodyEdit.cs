namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Replace <see cref="Range"/> of the source by <see cref="Text"/>. <see cref="IsLiteral"/> marks text that comes
/// from the source (a shortcode kept as written, the output of a comment escape): it is escaped for the target
/// like untouched text. Generated text is already safe for its target.
/// </summary>
internal sealed record BodyEdit(SourceRange Range, string Text, bool IsLiteral, int Sequence);
