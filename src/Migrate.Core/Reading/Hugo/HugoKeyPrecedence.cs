namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Which of two keys that differ only in case Hugo keeps. Hugo 0.111 decodes the front matter into a Go map (where
/// an identical spelling later in the file replaces the earlier one) and then lower-cases keys by moving
/// <c>Foo</c> onto <c>foo</c>; the all-lower-case spelling is never moved, so a capitalised spelling wins wherever it
/// stands. Between two capitalised spellings Go's random map order decides; we take the later one (documented).
/// Same rule as <see cref="Model.FrontMatter.FrontMatterMapping.Find"/>.
/// </summary>
internal static class HugoKeyPrecedence
{
    /// <summary>True when a later key <paramref name="candidate"/> replaces the earlier <paramref name="current"/>.</summary>
    public static bool Replaces(string current, string candidate) =>
        !IsLowerCase(candidate) || IsLowerCase(current);

    private static bool IsLowerCase(string key) => string.Equals(key, key.ToLowerInvariant(), StringComparison.Ordinal);
}
