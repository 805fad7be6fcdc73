using Migrate.Core.Diagnostics;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Reads the front matter of a <c>content/authors/&lt;slug&gt;/_index.md</c> profile. A seam so the discovery code
/// can be tested without the front-matter parsers. Returns null when the front matter cannot be read, after
/// adding the parser's diagnostics to <paramref name="diagnostics"/>.
/// </summary>
internal interface IAuthorProfileReader
{
    AuthorProfileFields? Read(string text, string sitePath, DiagnosticBag diagnostics);
}
