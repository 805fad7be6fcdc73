using Migrate.Core.Diagnostics;
using Migrate.Core.Reading.Site;

namespace Migrate.Tests.Reading.Site;

/// <summary>
/// Stands in for the front-matter parsers (owned by other work streams): answers from a table keyed by site path,
/// or, for files not in the table, reads a plain <c>title: …</c> line so corpus runs get some names.
/// </summary>
internal sealed class FakeAuthorProfileReader(IReadOnlyDictionary<string, AuthorProfileFields?>? answers = null) : IAuthorProfileReader
{
    public List<string> Calls { get; } = new();

    public AuthorProfileFields? Read(string text, string sitePath, DiagnosticBag diagnostics)
    {
        Calls.Add(sitePath);
        if (answers is not null && answers.TryGetValue(sitePath, out var answer))
        {
            if (answer is null)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntaxError, sitePath, 3, "mapping values are not allowed here");
            }
            return answer;
        }
        var title = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
        return new AuthorProfileFields(title?["title:".Length..].Trim().Trim('"', '\''), null, []);
    }
}
