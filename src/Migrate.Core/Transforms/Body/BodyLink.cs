namespace Migrate.Core.Transforms.Body;

/// <summary>
/// One link destination in a body. <see cref="Range"/> covers exactly the destination text as written (without
/// the angle brackets of <c>&lt;…&gt;</c> destinations and without the quotes of an HTML attribute), so a rewrite
/// replaces only the address. <see cref="Destination"/> is that text.
/// </summary>
public sealed record BodyLink(BodyLinkKind Kind, SourceRange Range, string Destination);
