namespace Migrate.Core.Reading.Site;

/// <summary>
/// A folder whose files Hugo serves as content: <see cref="Source"/> relative to the site root ('/'),
/// <see cref="Target"/> the path under the content root it appears at ("" for <c>target: content</c>),
/// <see cref="Language"/> the language it belongs to (null: every language / language from the file name),
/// <see cref="Excludes"/> its <c>excludeFiles</c> globs (matched against the path relative to the source).
/// </summary>
internal sealed record ContentMount(string Source, string Target, string? Language, IReadOnlyList<HugoGlob> Excludes)
{
    /// <summary>Whether the file at <paramref name="relativeToSource"/> ('/') is left out by an <c>excludeFiles</c> glob.</summary>
    public bool IsExcluded(string relativeToSource)
    {
        foreach (var g in Excludes)
        {
            if (g.IsMatch(relativeToSource))
            {
                return true;
            }
        }
        return false;
    }
}
