using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Writing.Json;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Json;

public sealed class FrontMatterJsonTests
{
    [Fact]
    public void ToJsonWritesTheDocumentedShapeInTheDocumentedKeyOrder()
    {
        // Spelled out from the format description in README "JSON output", not produced by the code.
        const string expected =
            "{\"format\":\"toml\",\"style\":\"block\",\"entries\":[{\"key\":\"title\",\"rawKey\":\"title\",\"line\":3,"
            + "\"blankLinesBefore\":1,\"leadingComments\":[{\"text\":\"# lead\",\"line\":2}],\"trailingComment\":{\"text\":\"# trail\",\"line\":3},"
            + "\"value\":{\"type\":\"scalar\",\"value\":\"Hi\",\"raw\":\"\\\"Hi\\\"\",\"kind\":\"string\",\"style\":\"doubleQuoted\"}}],"
            + "\"endComments\":[{\"text\":\"# end\",\"line\":4}],\"trailingBlankLines\":0}";

        var json = FrontMatterJson.ToJson(SampleTrees.Small());

        Assert.Equal(expected, json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void RoundTripKeepsEveryCommentKeyOrderStyleAnchorAndTag()
    {
        var original = SampleTrees.Rich();

        var back = FrontMatterJson.FromJson(FrontMatterJson.ToJson(original));

        FrontMatterTreeComparer.AssertEqual(original, back);
    }

    [Fact]
    public void RoundTripThroughJsonTextKeepsTheTree()
    {
        var original = SampleTrees.Rich();
        var text = FrontMatterJson.ToJson(original).ToJsonString();

        var back = FrontMatterJson.FromJson(JsonNode.Parse(text)!);

        FrontMatterTreeComparer.AssertEqual(original, back);
    }

    [Fact]
    public void AliasIsReLinkedToTheAnchoredNodeWithoutExpandingIt()
    {
        var back = FrontMatterJson.FromJson(FrontMatterJson.ToJson(SampleTrees.Rich()));

        var alias = Assert.IsType<FrontMatterAlias>(back.Root.Get("image_again"));
        Assert.Same(back.Root.Get("image"), alias.Target);
    }

    [Fact]
    public void ComparerNoticesAChangedComment()
    {
        // Guards the round-trip tests above: the comparer must see comment differences.
        var a = SampleTrees.Rich();
        var b = SampleTrees.Rich();
        ((FrontMatterMapping)b.Root.Get("image")!).Entries[0].LeadingComments[0] = new CommentLine("# Caption", 26);

        Assert.Contains("leadingComments", FrontMatterTreeComparer.FirstDifference(a, b));
    }

    [Fact]
    public void RandomTreesSurviveTheRoundTrip()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var original = RandomTree(new Random(seed));
            var text = FrontMatterJson.ToJson(original).ToJsonString();
            var back = FrontMatterJson.FromJson(JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 })!);
            return FrontMatterTreeComparer.FirstDifference(original, back) is null;
        }, iter: 300);
    }

    [Fact]
    public void FromJsonRefusesNestingDeeperThanTheLimit()
    {
        // Built as nodes, not parsed, so the JSON parser's own depth limit does not hide ours.
        JsonObject value = new() { ["type"] = "scalar", ["value"] = "x", ["raw"] = "x", ["kind"] = "string", ["style"] = "plain" };
        for (var i = 0; i < FrontMatterJson.MaxDepth + 5; i++)
        {
            value = new JsonObject
            {
                ["type"] = "sequence",
                ["style"] = "flow",
                ["items"] = new JsonArray(new JsonObject { ["value"] = value, ["leadingComments"] = new JsonArray(), ["trailingComment"] = null }),
                ["endComments"] = new JsonArray(),
            };
        }
        var doc = new JsonObject
        {
            ["format"] = "yaml",
            ["entries"] = new JsonArray(new JsonObject { ["key"] = "k", ["rawKey"] = "k", ["line"] = 1, ["value"] = value }),
        };

        var ex = Assert.Throws<JsonException>(() => FrontMatterJson.FromJson(doc));
        Assert.Contains("deeper", ex.Message);
    }

    [Fact]
    public void FromJsonAcceptsNestingUpToTheLimit()
    {
        var original = SampleTrees.Nested(FrontMatterJson.MaxDepth - 1);

        var back = FrontMatterJson.FromJson(FrontMatterJson.ToJson(original));

        FrontMatterTreeComparer.AssertEqual(original, back);
    }

    [Fact]
    public void ToJsonRefusesATreeDeeperThanTheLimit()
    {
        Assert.Throws<InvalidOperationException>(() => FrontMatterJson.ToJson(SampleTrees.Nested(FrontMatterJson.MaxDepth + 1)));
    }

    [Theory]
    [InlineData("[]", "$: expected an object")]
    [InlineData("{\"entries\":[]}", "missing member 'format'")]
    [InlineData("{\"format\":\"ini\",\"entries\":[]}", "unknown format 'ini'")]
    [InlineData("{\"format\":\"yaml\",\"entries\":{}}", "$.entries: expected an array")]
    [InlineData("{\"format\":\"yaml\",\"entries\":[{\"key\":\"a\"}]}", "missing member 'value'")]
    [InlineData("{\"format\":\"yaml\",\"entries\":[{\"key\":\"a\",\"value\":{\"type\":\"blob\"}}]}", "unknown node type 'blob'")]
    [InlineData("{\"format\":\"yaml\",\"entries\":[{\"key\":\"a\",\"value\":{\"type\":\"scalar\",\"value\":1,\"kind\":\"integer\"}}]}", "$.entries[0].value.value: expected a string")]
    [InlineData("{\"format\":\"yaml\",\"entries\":[{\"key\":\"a\",\"value\":{\"type\":\"scalar\",\"value\":\"1\",\"kind\":\"number\"}}]}", "unknown scalar kind 'number'")]
    [InlineData("{\"format\":\"yaml\",\"entries\":[{\"key\":\"a\",\"leadingComments\":[{\"text\":\"#\"}],\"value\":{\"type\":\"alias\",\"name\":\"x\"}}]}", "missing member 'line'")]
    public void FromJsonRejectsMalformedInputNamingWhere(string json, string expectedMessagePart)
    {
        var ex = Assert.Throws<JsonException>(() => FrontMatterJson.FromJson(JsonNode.Parse(json)!));
        Assert.Contains(expectedMessagePart, ex.Message);
    }

    private static FrontMatterDocument RandomTree(Random random)
    {
        var line = 1;
        CommentLine Comment() => new($"#{new string('c', random.Next(0, 4))} {random.Next()}", line++);

        string Text() => random.Next(6) switch
        {
            0 => "",
            1 => "plain",
            2 => "with \"quotes\" and \\ backslash",
            3 => "multi\nline\r\ntext\t",
            4 => "ünïcödé 😀 \u0001 ctl",
            _ => new string('x', random.Next(1, 30)),
        };

        FrontMatterNode Node(int depth)
        {
            FrontMatterNode node;
            var choice = depth > 6 ? 0 : random.Next(4);
            switch (choice)
            {
                case 1:
                    var seq = new FrontMatterSequence { Style = (CollectionStyle)random.Next(4) };
                    for (var i = random.Next(0, 4); i > 0; i--)
                    {
                        var item = new FrontMatterSequenceItem(Node(depth + 1));
                        if (random.Next(3) == 0) item.LeadingComments.Add(Comment());
                        if (random.Next(3) == 0) item.TrailingComment = Comment();
                        seq.Items.Add(item);
                    }
                    if (random.Next(3) == 0) seq.EndComments.Add(Comment());
                    node = seq;
                    break;
                case 2:
                    var map = new FrontMatterMapping { Style = (CollectionStyle)random.Next(4) };
                    Fill(map, depth + 1);
                    if (random.Next(3) == 0) map.EndComments.Add(Comment());
                    node = map;
                    break;
                case 3 when random.Next(4) == 0:
                    node = new FrontMatterAlias("unanchored" + random.Next(3), null); // never an anchor name, so FromJson must leave it unresolved too
                    break;
                default:
                    node = new FrontMatterScalar(Text(), (ScalarKind)random.Next(9), (ScalarStyle)random.Next(6), random.Next(2) == 0 ? null : Text());
                    break;
            }
            if (random.Next(8) == 0 && node is not FrontMatterAlias) node.Anchor = "a" + random.Next(3);
            if (random.Next(8) == 0) node.Tag = "!!str";
            return node;
        }

        void Fill(FrontMatterMapping map, int depth)
        {
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                var entry = map.Add(Text(), Node(depth));
                entry.RawKey = random.Next(2) == 0 ? entry.Key : $"\"{entry.Key}\"";
                entry.Line = random.Next(3) == 0 ? null : line++;
                entry.BlankLinesBefore = random.Next(3);
                if (random.Next(3) == 0) entry.LeadingComments.Add(Comment());
                if (random.Next(3) == 0) entry.TrailingComment = Comment();
            }
        }

        var root = new FrontMatterMapping();
        Fill(root, 1);
        var doc = new FrontMatterDocument((FrontMatterFormat)random.Next(3), root) { TrailingBlankLines = random.Next(3) };
        if (random.Next(2) == 0) doc.EndComments.Add(Comment());
        return doc;
    }
}
