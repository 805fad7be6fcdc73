using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using static Migrate.Tests.Reading.FrontMatter.TomlTestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>JSON front matter, matched against Hugo 0.111.3 (Go's encoding/json) where behaviour is a choice.</summary>
public sealed class JsonFrontMatterParserTests
{
    [Theory]
    [InlineData("\"A \\\"quoted\\\" \\u00e9\\n\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "A \"quoted\" é\n")]
    [InlineData("\"\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "")]
    [InlineData("\"\\ud83d\\ude00\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "😀")]
    // Hugo 0.111.3 (Go's encoding/json) reads a lone surrogate escape as U+FFFD; System.Text.Json alone refuses it.
    [InlineData("\"a\\ud800b\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "a\uFFFDb")]
    [InlineData("\"\\udc00\\ud83d\\ude00\\\\u\\/\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "\uFFFD😀\\u/")]
    [InlineData("12", ScalarKind.Integer, ScalarStyle.Plain, "12")]
    [InlineData("-0", ScalarKind.Integer, ScalarStyle.Plain, "-0")]
    [InlineData("1.50", ScalarKind.Float, ScalarStyle.Plain, "1.50")]
    [InlineData("1E3", ScalarKind.Float, ScalarStyle.Plain, "1E3")]
    [InlineData("-2.5e-3", ScalarKind.Float, ScalarStyle.Plain, "-2.5e-3")]
    [InlineData("true", ScalarKind.Boolean, ScalarStyle.Plain, "true")]
    [InlineData("false", ScalarKind.Boolean, ScalarStyle.Plain, "false")]
    [InlineData("null", ScalarKind.Null, ScalarStyle.Plain, "null")]
    public void ScalarsGetJsonKindsAndKeepTheExactTokenText(string json, ScalarKind kind, ScalarStyle style, string value)
    {
        var (doc, bag) = ParseJson($"{{\n  \"title\": \"t\",\n  \"v\": {json}\n}}");
        Assert.Empty(bag.Items);
        var entry = Entry(doc!.Root, "v");
        var scalar = Scalar(entry.Value);
        Assert.Equal((kind, style, value, json), (scalar.Kind, scalar.Style, scalar.Value, scalar.Raw));
        Assert.Equal(3, entry.Line);
        Assert.Equal(new SourcePosition(3, 8), scalar.Start);
    }

    [Fact]
    public void ObjectsAndArraysAreFlowCollectionsInSourceOrderWithKeysAsWritten()
    {
        const string json = "{\n  \"Title\": \"T\",\n  \"authors\": [\"Ann\", {\"name\": \"Bob\"}, []],\n  \"image\": {\"focal_point\": \"Smart\", \"caption\": \"\"},\n  \"a\\u0062\": 1\n}";
        var (doc, bag) = ParseJson(json, firstLine: 1);
        Assert.Empty(bag.Items);
        Assert.Equal(FrontMatterFormat.Json, doc!.Format);
        Assert.Equal(json, doc.RawText);
        Assert.Equal(CollectionStyle.Flow, doc.Root.Style);
        Assert.Equal(new[] { "Title", "authors", "image", "ab" }, doc.Root.Entries.Select(e => e.Key));
        Assert.Equal("\"a\\u0062\"", Entry(doc.Root, "ab").RawKey);
        Assert.Equal(new int?[] { 2, 3, 4, 5 }, doc.Root.Entries.Select(e => e.Line));
        var authors = Sequence(doc.Root.Get("authors"));
        Assert.Equal(CollectionStyle.Flow, authors.Style);
        Assert.Equal("Ann", Scalar(authors.Items[0].Value).Value);
        Assert.Equal(CollectionStyle.Flow, Mapping(authors.Items[1].Value).Style);
        Assert.Empty(Sequence(authors.Items[2].Value).Items);
        var image = Mapping(doc.Root.Get("image"));
        Assert.Equal(new[] { "focal_point", "caption" }, image.Entries.Select(e => e.Key));
    }

    [Fact]
    public void LinesAreFileLinesAndColumnsCountCharactersNotBytes()
    {
        var (doc, _) = ParseJson("{\"t\": \"é€😀\", \"x\": 1,\n\n \"y\": 2}", firstLine: 1);
        // é, € and the emoji's two UTF-16 units count as characters: 1 is the 20th.
        Assert.Equal(new SourcePosition(1, 20), Entry(doc!.Root, "x").Value.Start);
        var y = Entry(doc.Root, "y");
        Assert.Equal(3, y.Line);
        Assert.Equal(1, y.BlankLinesBefore);
        Assert.Equal(0, Entry(doc.Root, "x").BlankLinesBefore);
    }

    [Fact]
    public void CrlfContentGivesTheSameLines()
    {
        var (doc, bag) = ParseJson("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    2\r\n  ]\r\n}", firstLine: 1);
        Assert.Empty(bag.Items);
        Assert.Equal(3, Entry(doc!.Root, "b").Line);
        Assert.Equal(new SourcePosition(4, 5), Sequence(doc.Root.Get("b")).Items[0].Value.Start);
    }

    [Fact]
    public void DuplicateKeysAreKeptWithAWarningNamingBothLinesAndTheLastWinsLikeHugo()
    {
        // Hugo 0.111.3: {"a": 1, "a": 2} builds, with a = 2.
        var (doc, bag) = ParseJson("{\n\"title\": \"x\",\n\"a\": 1,\n\"a\": 2\n}", firstLine: 1);
        Assert.NotNull(doc);
        Assert.Equal(2, doc!.Root.Entries.Count(e => e.Key == "a"));
        Assert.Equal("2", Scalar(doc.Root.Get("a")).Value);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, (int?)4), (warning.Code, warning.Severity, warning.Line));
        Assert.Contains("3", warning.Message);
        Assert.Contains("4", warning.Message);
    }

    [Fact]
    public void KeysThatDifferOnlyInCaseGetTheCaseWarning()
    {
        // Hugo 0.111.3 lower-cases keys; {"foo": 1, "Foo": 2} → 2 but {"BAR": 1, "bar": 2} → 1.
        var (doc, bag) = ParseJson("{\"BAR\": 1,\n \"bar\": 2}", firstLine: 1);
        Assert.NotNull(doc);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, (int?)2), (warning.Code, warning.Severity, warning.Line));
    }

    [Theory]
    // Hugo 0.111.3 fails the build on each of these (Go's encoding/json).
    [InlineData("{\n\"title\": \"x\",\n}", 3)]            // trailing comma: "invalid character '}' looking for beginning of object key string"
    [InlineData("{\n\"title\": \"x\" // c\n}", 2)]        // comment: "invalid character '/' after object key:value pair"
    [InlineData("{\n\"title\": \"x\" /* c */\n}", 2)]
    [InlineData("{\n\"title\": 'x'\n}", 2)]
    [InlineData("{\n\"title\": \"x\"\n", 3)]
    [InlineData("{\"a\": 1} {\"b\": 2}", 1)]
    [InlineData("{\"a\": 01}", 1)]
    [InlineData("{\"a\": NaN}", 1)]
    [InlineData("", 1)]
    public void InvalidJsonIsASyntaxErrorAtTheFileLine(string json, int relativeLine)
    {
        var (doc, bag) = ParseJson(json, firstLine: 4);
        Assert.Null(doc);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.JsonSyntaxError, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(3 + relativeLine, error.Line);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public void ARootThatIsNotAnObjectIsRefused(string json)
    {
        var (doc, bag) = ParseJson(json);
        Assert.Null(doc);
        Assert.Equal(DiagnosticCodes.FrontMatterNotMapping, Assert.Single(bag.Items).Code);
    }

    [Theory]
    [InlineData(FrontMatterLimits.MaxDepth, false)]
    [InlineData(FrontMatterLimits.MaxDepth + 1, true)]
    [InlineData(100_000, true)]
    public void NestingDeeperThanTheLimitIsRefusedWithItsLine(int levels, bool refused)
    {
        // The root object is level 1; the rest are arrays, the deepest opening on the second line.
        var json = "{\"a\":\n" + new string('[', levels - 1) + new string(']', levels - 1) + "}";
        var (doc, bag) = ParseJson(json);
        if (!refused)
        {
            Assert.NotNull(doc);
            Assert.Empty(bag.Items);
            return;
        }
        Assert.Null(doc);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(FrontMatterLimits.MaxDepth, error.Column); // the MaxDepth-th "[" is level MaxDepth + 1
    }
}
