using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Warns about keys of one mapping that differ only in case (<c>Foo</c> and <c>foo</c>). TOML and JSON treat them as
/// different keys, but Hugo lower-cases every key afterwards, and which value survives is not the last one:
/// measured with Hugo 0.111.3, a key spelled with upper-case letters replaces the all-lower-case one wherever it
/// stands (<c>foo = 1</c>, <c>Foo = 2</c> → 2; <c>BAR = 1</c>, <c>bar = 2</c> → 1), and among several upper-case
/// spellings the winner changed between two runs (Go map order). <see cref="FrontMatterMapping.Find"/> picks the
/// last one, so the page may mean something else in Hugo: the user has to decide.
/// </summary>
internal static class CaseVariantKeys
{
    public static void Warn(FrontMatterMapping root, string path, DiagnosticBag diagnostics)
    {
        var stack = new Stack<FrontMatterNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FrontMatterMapping mapping:
                    WarnMapping(mapping, path, diagnostics);
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        stack.Push(mapping.Entries[i].Value);
                    }
                    break;
                case FrontMatterSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(sequence.Items[i].Value);
                    }
                    break;
            }
        }
    }

    private static void WarnMapping(FrontMatterMapping mapping, string path, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in mapping.Entries)
        {
            if (seen.TryGetValue(entry.Key, out var first) && !string.Equals(first.Key, entry.Key, StringComparison.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateKey, path, entry.Line,
                    $"key '{entry.Key}' (line {entry.Line}) differs only in case from '{first.Key}' (line {first.Line}); " +
                    "Hugo lower-cases keys and then keeps one of them, not necessarily the last");
                continue;
            }
            seen.TryAdd(entry.Key, entry);
        }
    }
}
