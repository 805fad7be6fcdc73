using CsCheck;
using Migrate.Core.Model.FrontMatter;
using static Migrate.Tests.Writing.Zola.ZolaFixture;

namespace Migrate.Tests.Writing.Zola;

public class ZolaTomlPropertyTests
{
    private static readonly string[] Keys =
    {
        "title", "a", "B_c", "with space", "dotted.key", "quote\"d", "ünï", "", "x-y", "1", "tags", "extra", "migrate", "url_pdf",
    };

    private const string Chars = "ab \t\n\r\"'\\#{}[]=.,é😀\u0001\u007F\u00A0'''\"\"\"";

    private static string RandomText(Random r, int max = 12)
    {
        var n = r.Next(max);
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = Chars[r.Next(Chars.Length)];
        }
        var s = new string(chars);
        // A lone surrogate cannot travel as UTF-8 at all; keep generated text valid.
        return new string(s.Where(c => !char.IsSurrogate(c)).ToArray());
    }

    private static FrontMatterNode RandomNode(Random r, int depth, List<string> comments)
    {
        var pick = r.Next(depth > 3 ? 6 : 9);
        switch (pick)
        {
            case 0: return Str(RandomText(r), r.Next(2) == 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);
            case 1: return Plain(new[] { "0", "-12", "0755", "0x1F", "1_000", "190:20:30", "+7" }[r.Next(7)], ScalarKind.Integer);
            case 2: return Plain(new[] { "1.5", ".inf", "-.Inf", ".NaN", "1e3", "6.8523015e+5", "1." }[r.Next(7)], ScalarKind.Float);
            case 3: return Plain(new[] { "true", "yes", "Off", "FALSE" }[r.Next(4)], ScalarKind.Boolean);
            case 4: return Null();
            case 5: return Plain(new[] { "2020-08-10", "2020-08-10T12:00:00Z", "2001-12-14 21:59:43.10 -5" }[r.Next(3)], ScalarKind.Timestamp);
            case 6:
            case 7:
                return RandomMap(r, depth, comments);
            default:
            {
                var seq = new FrontMatterSequence();
                var n = r.Next(4);
                var maps = r.Next(2) == 0;
                for (var i = 0; i < n; i++)
                {
                    var node = maps ? RandomMap(r, depth + 1, comments) : RandomNode(r, depth + 1, comments);
                    var item = new FrontMatterSequenceItem(node);
                    Decorate(r, item.LeadingComments, comments);
                    item.TrailingComment = MaybeComment(r, comments);
                    seq.Items.Add(item);
                }
                Decorate(r, seq.EndComments, comments);
                return seq;
            }
        }
    }

    private static FrontMatterMapping RandomMap(Random r, int depth, List<string> comments)
    {
        var map = new FrontMatterMapping();
        var n = r.Next(4);
        for (var i = 0; i < n; i++)
        {
            var e = map.Add(Keys[r.Next(Keys.Length)], RandomNode(r, depth + 1, comments));
            e.Line = r.Next(1, 100);
            Decorate(r, e.LeadingComments, comments);
            e.TrailingComment = MaybeComment(r, comments);
        }
        Decorate(r, map.EndComments, comments);
        return map;
    }

    private static void Decorate(Random r, List<CommentLine> target, List<string> comments)
    {
        if (r.Next(3) == 0)
        {
            target.Add(MaybeComment(r, comments, always: true)!);
        }
    }

    private static CommentLine? MaybeComment(Random r, List<string> comments, bool always = false)
    {
        if (!always && r.Next(3) != 0)
        {
            return null;
        }
        var text = "# c" + comments.Count + " " + new string(RandomText(r, 6).Where(c => c >= ' ' && c != '\u007F').ToArray());
        comments.Add(text);
        return new CommentLine(text, 1);
    }

    [Fact]
    public void RandomFrontMattersGiveTomlThatTomllibReadsAndKeepEveryComment()
    {
        Gen.Int[0, int.MaxValue].Array[40].Sample(seeds =>
        {
            var pages = new List<string>();
            var trees = new List<string>();
            var expectedComments = new List<List<string>>();
            foreach (var seed in seeds)
            {
                var r = new Random(seed);
                var comments = new List<string>();
                var root = new FrontMatterMapping();
                var n = r.Next(1, 7);
                for (var i = 0; i < n; i++)
                {
                    var e = root.Add(Keys[r.Next(Keys.Length)], RandomNode(r, 0, comments));
                    e.Line = i + 2;
                    Decorate(r, e.LeadingComments, comments);
                    e.TrailingComment = MaybeComment(r, comments);
                }
                var p = Publication(root);
                trees.Add(Migrate.Core.Writing.Json.FrontMatterJson.ToJson(p.FrontMatter!).ToJsonString());
                pages.Add(TomlLib.FrontMatter(Page(p, out _)));
                expectedComments.Add(comments);
            }
            TomlLib.ParseAll(pages);
            for (var i = 0; i < pages.Count; i++)
            {
                foreach (var c in expectedComments[i])
                {
                    Assert.True(pages[i].Contains(c, StringComparison.Ordinal), $"missing comment {c}\n---\n{pages[i]}\n---\n{trees[i]}");
                }
            }
        }, iter: 4, threads: 1);
    }

    [Fact]
    public void AnyStringSurvivesTheTripThroughTomllib()
    {
        Gen.String.Array[60].Sample(values =>
        {
            var clean = values.Select(v => new string(v.Where(c => !char.IsSurrogate(c)).ToArray())).ToArray();
            var doc = string.Concat(clean.Select((v, i) => $"k{i} = {Migrate.Core.Writing.Zola.TomlText.String(v, preferLiteral: i % 2 == 0)}\n"));
            var parsed = TomlLib.Parse(doc);
            for (var i = 0; i < clean.Length; i++)
            {
                Assert.Equal(clean[i], (string?)parsed[$"k{i}"]);
            }
        }, iter: 5, threads: 1);
    }
}
