using CsCheck;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>
/// Expected values come from Hugo 0.111.3 run through shared/oracles/hugo-params.sh on the same inputs
/// (title read, .RawContent = body), noted per row.
/// </summary>
public sealed class FrontMatterSplitterTests
{
    public static TheoryData<string, string, string, string, int> DelimitedCases => new()
    {
        // name, input, expected content, expected body, content first line
        { "plain", "---\ntitle: a\n---\nbody\n", "title: a\n", "body\n", 2 },
        { "leading blank lines (Hugo reads it)", "\n\n---\ntitle: a\n---\nbody\n", "title: a\n", "body\n", 4 },
        { "leading spaces (Hugo reads it)", "   ---\ntitle: a\n---\nbody\n", "title: a\n", "body\n", 2 },
        { "leading tabs and blank lines", "\t \n  \t---\ntitle: a\n---\nbody\n", "title: a\n", "body\n", 3 },
        { "spaces after opening delimiter are content", "---   \ntitle: a\n---\nbody\n", "   \ntitle: a\n", "body\n", 1 },
        { "comment after opening delimiter is content", "--- # c\ntitle: a\n---\nbody\n", " # c\ntitle: a\n", "body\n", 1 },
        { "spaces after closing delimiter stay in body", "---\ntitle: a\n---   \nbody\n", "title: a\n", "   \nbody\n", 2 },
        { "four dashes close, the fourth is body", "---\ntitle: a\n----\nbody\n", "title: a\n", "-\nbody\n", 2 },
        { "text after closing dashes is body", "---\ntitle: a\n---more\nbody\n", "title: a\n", "more\nbody\n", 2 },
        { "closing delimiter without final newline", "---\ntitle: a\n---", "title: a\n", "", 2 },
        { "body without final newline", "---\ntitle: a\n---\nbody", "title: a\n", "body", 2 },
        { "blank line after closing", "---\ntitle: a\n---\n\n", "title: a\n", "\n", 2 },
        { "empty front matter", "---\n---\nbody\n", "", "body\n", 2 },
        { "CRLF", "---\r\ntitle: a\r\n---\r\nbody\r\n", "title: a\r\n", "body\r\n", 2 },
        { "bare CR line ends", "---\rtitle: a\r---\rbody\r", "title: a\r", "body\r", 2 },
        { "later documents stay in the body", "---\ntitle: x\n---\n---\na: 2\n---\n", "title: x\n", "---\na: 2\n---\n", 2 },
        { "indented dashes do not close", "---\na: |\n  ---\nb: 1\n---\nbody\n", "a: |\n  ---\nb: 1\n", "body\n", 2 },
    };

    [Theory]
    [MemberData(nameof(DelimitedCases))]
    public void SplitsYamlFrontMatterTheWayHugoDoes(string name, string input, string content, string body, int firstLine)
    {
        var split = FrontMatterSplitter.Split(input);
        Assert.True(split.Format == FrontMatterFormat.Yaml, name);
        Assert.Null(split.Error);
        Assert.Equal(content, split.Content);
        Assert.Equal(body, split.Body);
        Assert.Equal(firstLine, split.ContentFirstLine);
        Assert.Equal(input, split.Block + split.Body);
    }

    [Fact]
    public void RecognisesTomlDelimiters()
    {
        var split = FrontMatterSplitter.Split("+++\ntitle = \"a\"\n+++\nbody\n");
        Assert.Equal(FrontMatterFormat.Toml, split.Format);
        Assert.Equal("title = \"a\"\n", split.Content);
        Assert.Equal("body\n", split.Body);
    }

    [Fact]
    public void KeepsTheBomOutOfBlockAndBody()
    {
        var input = "\uFEFF---\ntitle: a\n---\nbody\n";
        var split = FrontMatterSplitter.Split(input);
        Assert.True(split.HasBom);
        Assert.Equal("---\ntitle: a\n---\n", split.Block);
        Assert.Equal("body\n", split.Body);
    }

    [Fact]
    public void RecordsCrlfAsTheNewLine()
    {
        Assert.Equal("\r\n", FrontMatterSplitter.Split("---\r\na: 1\r\n---\r\n").NewLine);
        Assert.Equal("\n", FrontMatterSplitter.Split("---\na: 1\n---\n").NewLine);
    }

    [Theory]
    // Hugo read title `js\"on}`: the brace inside the string and the escaped quote do not end the object.
    [InlineData("{\"title\": \"js\\\\\\\"on}\", \"x\": {\"a\": 1}}\nbody\n", "{\"title\": \"js\\\\\\\"on}\", \"x\": {\"a\": 1}}", "body\n")]
    // Hugo read title `jsonsame` with body `body\n` when the body follows `}` on the same line.
    [InlineData("{\"title\": \"jsonsame\"}body\n", "{\"title\": \"jsonsame\"}", "body\n")]
    [InlineData("\n  {\"a\": 1}\r\nbody", "{\"a\": 1}", "body")]
    public void FindsJsonFrontMatterByCountingBraces(string input, string content, string body)
    {
        var split = FrontMatterSplitter.Split(input);
        Assert.Equal(FrontMatterFormat.Json, split.Format);
        Assert.Equal(content, split.Content);
        Assert.Equal(body, split.Body);
        Assert.Equal(input, split.Block + split.Body);
    }

    [Theory]
    [InlineData("just text\n")]
    [InlineData("# Heading\nbody\n")] // Hugo: no front matter, raw content is the whole file
    [InlineData("")]
    [InlineData("  \n\n")]
    public void TextWithoutDelimiterHasNoFrontMatter(string input)
    {
        var split = FrontMatterSplitter.Split(input);
        Assert.Null(split.Format);
        Assert.Equal("", split.Block);
        Assert.Equal(input, split.Body);
        Assert.Null(split.Error);
    }

    [Theory]
    // Each of these fails Hugo's build with the message quoted, at line 1 of the file.
    [InlineData("---\ntitle: x\n", FrontMatterFormat.Yaml, "EOF looking for end YAML front matter delimiter", 1)]
    [InlineData("---\ntitle: x\n  ---\nbody\n", FrontMatterFormat.Yaml, "EOF looking for end YAML front matter delimiter", 1)]
    [InlineData("\n\n+++\ntitle = 1\n", FrontMatterFormat.Toml, "EOF looking for end TOML front matter delimiter", 3)]
    [InlineData("- item\n", FrontMatterFormat.Yaml, "invalid YAML delimiter", 1)]
    [InlineData("+ item\n", FrontMatterFormat.Toml, "invalid TOML delimiter", 1)]
    [InlineData("{\"title\": \"x\"\nbody\n", FrontMatterFormat.Json, "unexpected EOF parsing JSON front matter", 1)]
    public void UnterminatedFrontMatterIsAnErrorAtTheOpeningLine(string input, FrontMatterFormat format, string error, int line)
    {
        var split = FrontMatterSplitter.Split(input);
        Assert.Equal(format, split.Format);
        Assert.Equal(error, split.Error);
        Assert.Equal(line, split.ErrorLine);
        Assert.Equal(input, split.Block);
        Assert.Equal("", split.Body);
    }

    [Fact]
    public void ReadsFrontMatterCommentedOutInHtml()
    {
        // Hugo 0.111 read title `htmlc` from this file.
        var input = "<!--\n---\ntitle: htmlc\n---\n-->\nbody\n";
        var split = FrontMatterSplitter.Split(input);
        Assert.Equal(FrontMatterFormat.Yaml, split.Format);
        Assert.Equal("title: htmlc\n", split.Content);
        Assert.Equal(3, split.ContentFirstLine);
        Assert.Equal("\nbody\n", split.Body);
        Assert.Equal(input, split.Block + split.Body);
    }

    [Fact]
    public void BlockPlusBodyIsTheInputForAnyText()
    {
        var pieces = Gen.OneOf("---", "+++", "{", "}", "\"", "\\", "\n", "\r\n", "\r", " ", "\t", "a: 1", "\uFEFF", "<!--", "-->", "-", "#", "x");
        Gen.Select(pieces.Array[0, 30], p => string.Concat(p)).Sample(input =>
        {
            var split = FrontMatterSplitter.Split(input);
            Assert.Equal(input, (split.HasBom ? "\uFEFF" : "") + split.Block + split.Body);
            if (split.Error is null && split.Format is not null)
            {
                Assert.Contains(split.Content, split.Block);
            }
        }, iter: 20_000);
    }
}
