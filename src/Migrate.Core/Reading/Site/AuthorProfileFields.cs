namespace Migrate.Core.Reading.Site;

/// <summary>The front-matter values of an author profile page that <c>migrate</c> uses.</summary>
internal sealed record AuthorProfileFields(string? Title, string? Name, IReadOnlyList<string> Authors);
