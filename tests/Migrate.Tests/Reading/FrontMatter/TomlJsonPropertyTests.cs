using CsCheck;
using Migrate.Core.Diagnostics;
using static Migrate.Tests.Reading.FrontMatter.TomlTestSupport;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>Properties over generated input: never an exception, never a lost comment.</summary>
public sealed class TomlJsonPropertyTests
{
    private static readonly Gen<string> TomlishText =
        Gen.Char["=[]{}\"'#.,\n\r \t\\abk1-:0eT+Z_x"].Array[0, 80].Select(chars => new string(chars));

    private static readonly Gen<string> JsonishText =
        Gen.Char["{}[]\":,\n 1-.eEtruefalsn\\u/a"].Array[0, 80].Select(chars => new string(chars));

    [Fact]
    public void TheTomlReaderNeverThrowsAndEveryFailureIsAnError()
    {
        TomlishText.Sample(text =>
        {
            var (doc, bag) = ParseToml(text);
            Assert.True(doc is not null || bag.HasErrors, "null document without an error");
            Assert.All(bag.Items, d => Assert.True(d.Line >= 2, $"line {d.Line} is before the content"));
        }, iter: 3000);
    }

    [Fact]
    public void TheJsonReaderNeverThrowsAndEveryFailureIsAnError()
    {
        JsonishText.Select(t => "{" + t).Sample(text =>
        {
            var (doc, bag) = ParseJson(text);
            Assert.True(doc is not null || bag.HasErrors, "null document without an error");
        }, iter: 3000);
    }

    /// <summary>Generated documents mixing keys, tables, arrays and comments in every position keep every comment.</summary>
    [Fact]
    public void EveryCommentOfAGeneratedTomlDocumentIsKeptExactlyOnce()
    {
        var piece = Gen.Int[0, 8];
        piece.Array[1, 25].Sample(kinds =>
        {
            var sb = new System.Text.StringBuilder();
            var n = 0;
            var tableNo = 0;
            string C() => $"# c{n++}";
            foreach (var k in kinds)
            {
                var key = $"k{n}_{sb.Length}";
                switch (k)
                {
                    case 0: sb.Append(C()).Append('\n'); break;
                    case 1: sb.Append(key).Append(" = 1 ").Append(C()).Append('\n'); break;
                    case 2: sb.Append(key).Append(" = \"v\"\n"); break;
                    case 3: sb.Append('[').Append("t").Append(tableNo++).Append("] ").Append(C()).Append('\n'); break;
                    case 4: sb.Append(key).Append(" = [ ").Append(C()).Append("\n  1, ").Append(C()).Append("\n  ").Append(C()).Append("\n  2\n  ").Append(C()).Append("\n] ").Append(C()).Append('\n'); break;
                    case 5: sb.Append("[[arr]] ").Append(C()).Append('\n'); break;
                    case 6: sb.Append('\n'); break;
                    case 7: sb.Append("  ").Append(C()).Append("\n"); break;
                    case 8: sb.Append(key).Append(".sub = {a = [1, [2]]} ").Append(C()).Append('\n'); break;
                }
            }
            var (doc, bag) = ParseToml(sb.ToString());
            Assert.True(doc is not null, sb + "\n" + string.Join("\n", bag.Items));
            var texts = FrontMatterComments.All(doc!).Select(c => c.Text).Order(StringComparer.Ordinal);
            Assert.Equal(Enumerable.Range(0, n).Select(i => $"# c{i}").Order(StringComparer.Ordinal), texts);
            Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
        }, iter: 500);
    }
}
