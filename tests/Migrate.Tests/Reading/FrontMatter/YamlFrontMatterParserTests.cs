using System.Diagnostics;
using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;
using static Migrate.Tests.Reading.FrontMatter.YamlTestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

public sealed class YamlFrontMatterParserTests
{
    private static FrontMatterDocument? Parse(string yaml, DiagnosticBag bag, int firstLine = 2) =>
        YamlFrontMatterParser.Parse(yaml, "content/publication/x/index.md", firstLine, bag);

    [Fact]
    public void EntriesKeepKeySpellingRawKeyFileLineAndOrder()
    {
        var doc = ParseOk("Date: 2020-01-01\n\"quoted key\": 1\n'single': 2\ntitle: x\n", firstLine: 10);
        var e = doc.Root.Entries;
        Assert.Equal(["Date", "quoted key", "single", "title"], e.Select(x => x.Key));
        Assert.Equal(["Date", "\"quoted key\"", "'single'", "title"], e.Select(x => x.RawKey));
        Assert.Equal([10, 11, 12, 13], e.Select(x => x.Line!.Value));
        Assert.Same(e[0], doc.Root.Find("date"));
    }

    [Fact]
    public void BlankLinesAreCountedAboveLeadingCommentsAndAtTheEnd()
    {
        var yaml = "title: x\n\n\n# about date\ndate: 2020-01-01\n\nabstract: |\n  a\n\n  b\n\nnext: 1\n# end\n\n\n";
        var doc = ParseOk(yaml);
        Assert.Equal([0, 2, 1, 1], doc.Root.Entries.Select(x => x.BlankLinesBefore));
        Assert.Equal(2, doc.TrailingBlankLines);
        Assert.Equal(yaml, doc.RawText);
    }

    [Fact]
    public void BlockScalarRawKeepsHeaderAndLinesWithoutTrailingBlankLines()
    {
        var doc = ParseOk("lit: |-  # note\n  line one\n  line two\n\nfold: >\n  a\n  b\nkeep: |+\n  k\n\nz: 1\n");
        var lit = (FrontMatterScalar)doc.Root.Get("lit")!;
        Assert.Equal("|-  # note\n  line one\n  line two", lit.Raw);
        Assert.Equal("line one\nline two", lit.Value);
        Assert.Equal(ScalarStyle.Literal, lit.Style);
        var fold = (FrontMatterScalar)doc.Root.Get("fold")!;
        Assert.Equal(">\n  a\n  b", fold.Raw);
        Assert.Equal("a b\n", fold.Value);
        var keep = (FrontMatterScalar)doc.Root.Get("keep")!;
        Assert.Equal("|+\n  k\n", keep.Raw);
        Assert.Equal("k\n\n", keep.Value);
    }

    [Fact]
    public void QuotedRawKeepsQuotesAndEscapes()
    {
        var doc = ParseOk("a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: \"multi\n  line\"\n");
        Assert.Equal(("'it''s'", "it's"), Pair(doc, "a"));
        Assert.Equal(("\"say \\\"hi\\\"\"", "say \"hi\""), Pair(doc, "b"));
        Assert.Equal(("\"multi\n  line\"", "multi line"), Pair(doc, "c"));
    }

    private static (string, string) Pair(FrontMatterDocument doc, string key)
    {
        var s = (FrontMatterScalar)doc.Root.Get(key)!;
        return (s.Raw, s.Value);
    }

    [Fact]
    public void CollectionsRecordStyleAndNesting()
    {
        var doc = ParseOk("tags: [a, \"b c\"]\nauthors:\n  - admin\nimage: {caption: x}\nparams:\n  k: v\n");
        var tags = (FrontMatterSequence)doc.Root.Get("tags")!;
        Assert.Equal(CollectionStyle.Flow, tags.Style);
        Assert.Equal(["a", "b c"], tags.Items.Select(i => ((FrontMatterScalar)i.Value).Value));
        Assert.Equal(ScalarStyle.DoubleQuoted, ((FrontMatterScalar)tags.Items[1].Value).Style);
        Assert.Equal(CollectionStyle.Block, ((FrontMatterSequence)doc.Root.Get("authors")!).Style);
        Assert.Equal(CollectionStyle.Flow, ((FrontMatterMapping)doc.Root.Get("image")!).Style);
        Assert.Equal(CollectionStyle.Block, ((FrontMatterMapping)doc.Root.Get("params")!).Style);
        Assert.Equal(new SourcePosition(2, 7), doc.Root.Get("tags")!.Start);
    }

    [Fact]
    public void AnchorsAliasesAndMergeKeysAreKeptAsWritten()
    {
        var doc = ParseOk("base: &b\n  x: 1\nk: &a v # c\nr: *a\nm:\n  <<: *b\n  y: 2\n");
        var anchored = doc.Root.Get("k")!;
        Assert.Equal("a", anchored.Anchor);
        Assert.Equal("v", ((FrontMatterScalar)anchored).Raw);
        var alias = Assert.IsType<FrontMatterAlias>(doc.Root.Get("r"));
        Assert.Equal("a", alias.Name);
        Assert.Same(anchored, alias.Target);
        var merge = ((FrontMatterMapping)doc.Root.Get("m")!).Entries[0];
        Assert.Equal("<<", merge.Key);
        Assert.Same(doc.Root.Get("base"), Assert.IsType<FrontMatterAlias>(merge.Value).Target);
    }

    [Fact]
    public void DuplicateKeysAreKeptInOrderWithAWarningNamingBothLines()
    {
        var bag = new DiagnosticBag();
        var yaml = "title: x\nauthors:\n  - a\nurl_pdf: p.pdf\nauthors:\n  - b\nurl_pdf: ''\n";
        var doc = Parse(yaml, bag, firstLine: 3)!;
        Assert.Equal(["title", "authors", "url_pdf", "authors", "url_pdf"], doc.Root.Entries.Select(e => e.Key));
        Assert.Same(doc.Root.Entries[3], doc.Root.Find("authors"));
        var warnings = bag.Items.Where(d => d.Code == DiagnosticCodes.DuplicateKey).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal("key 'authors' is defined again on line 7 (first on line 4); Hugo uses the last one", warnings[0].Message);
        Assert.Equal(7, warnings[0].Line);
        Assert.Equal("content/publication/x/index.md", warnings[0].Path);
        Assert.Equal("key 'url_pdf' is defined again on line 9 (first on line 6); Hugo uses the last one", warnings[1].Message);
    }

    [Fact]
    public void KeysDifferingOnlyInCaseAreFlaggedOutsideListsOnly()
    {
        var bag = new DiagnosticBag();
        Parse("Dup: a\ndup: b\nlist:\n  - {Name: x, name: y}\n", bag);
        var w = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.DuplicateKey, w.Code);
        Assert.Contains("'dup' on line 3 differs only in letter case from 'Dup' on line 2", w.Message);
    }

    [Theory]
    [InlineData(FrontMatterLimits.MaxDepth, false)]
    [InlineData(FrontMatterLimits.MaxDepth + 1, true)]
    [InlineData(100_000, true)]
    public void NestingDeeperThanTheLimitIsRefusedEarly(int depth, bool refused)
    {
        // depth counts the root mapping: `k: [[[...]]]` with depth-1 brackets
        var yaml = "k: " + new string('[', depth - 1) + new string(']', depth - 1) + "\n";
        var bag = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        var doc = Parse(yaml, bag);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        if (refused)
        {
            Assert.Null(doc);
            var e = Assert.Single(bag.Items);
            Assert.Equal(DiagnosticCodes.NestingTooDeep, e.Code);
            Assert.Equal(2, e.Line);
        }
        else
        {
            Assert.NotNull(doc);
            Assert.False(bag.HasErrors);
        }
    }

    [Fact]
    public void DeepBlockNestingIsRefusedToo()
    {
        var sb = new StringBuilder();
        var levels = FrontMatterLimits.MaxDepth + 16;
        for (var i = 0; i < levels; i++)
        {
            sb.Append(' ', i).Append("k").Append(i).Append(":\n");
        }
        sb.Append(' ', levels).Append("leaf: 1\n");
        var bag = new DiagnosticBag();
        Assert.Null(Parse(sb.ToString(), bag));
        Assert.Equal(DiagnosticCodes.NestingTooDeep, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void ABillionLaughsParsesFastBecauseAliasesAreNotExpanded()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var prev = (char)(c - 1);
            sb.Append(c).Append(": &").Append(c).Append(" [")
              .Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }
        var watch = Stopwatch.StartNew();
        var doc = ParseOk(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        var i = (FrontMatterSequence)doc.Root.Get("i")!;
        Assert.Equal(9, i.Items.Count);
        Assert.Same(doc.Root.Get("h"), ((FrontMatterAlias)i.Items[0].Value).Target);
    }

    [Theory]
    // YamlDotNet's message, at the FILE line (content starts on file line 2)
    [InlineData("title: x\nbad: [a, b\n", 4)]
    [InlineData("a: 1\n  b: 2\n", 3)]
    [InlineData("title: x\n\tindented: 1\n", 2)] // the plain scalar `x`; the message adds "noticed at line 3"
    [InlineData("a: \"unterminated\n", 2)]
    public void SyntaxErrorsNameTheFileLine(string yaml, int line)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Parse(yaml, bag));
        var e = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.YamlSyntaxError, e.Code);
        Assert.Equal(DiagnosticSeverity.Error, e.Severity);
        Assert.Equal(line, e.Line);
        Assert.NotNull(e.Column);
        Assert.StartsWith("YAML syntax error: ", e.Message);
    }

    [Fact]
    public void ASyntaxErrorNoticedOnALaterLineSaysWhere()
    {
        var bag = new DiagnosticBag();
        Assert.Null(Parse("title: x\n\tindented: 1\n", bag, firstLine: 5));
        var e = Assert.Single(bag.Items);
        Assert.Equal(5, e.Line);
        Assert.Contains("tab", e.Message);
        Assert.EndsWith("(noticed at line 6, column 1)", e.Message);
    }

    [Theory]
    [InlineData("- a\n- b\n", "list")]
    [InlineData("just a string\n", "single value")]
    public void ARootThatIsNotAMappingIsAnError(string yaml, string what)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Parse(yaml, bag));
        var e = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FrontMatterNotMapping, e.Code);
        Assert.Contains(what, e.Message);
        Assert.Equal(2, e.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("~\n")]
    public void EmptyFrontMatterIsAnEmptyDocument(string yaml)
    {
        var bag = new DiagnosticBag();
        var doc = Parse(yaml, bag);
        Assert.NotNull(doc);
        Assert.Empty(doc!.Root.Entries);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void ATabAfterTheColonIsAcceptedAsHugoDoes()
    {
        var doc = ParseOk("date:\t2018-07-27\ntitle: x\n");
        var date = (FrontMatterScalar)doc.Root.Get("date")!;
        Assert.Equal("2018-07-27", date.Raw);
        Assert.Equal(ScalarKind.Timestamp, date.Kind);
    }

    [Fact]
    public void UnindentedContinuationLinesOfAQuotedScalarAreAcceptedAsHugoDoes()
    {
        // Hugo 0.111 read abstract = "first line second  line\nthird \"q\" line" and other = 1 from this text.
        var yaml = "title: t\nabstract: \"first line\nsecond  line\n\nthird \\\"q\\\" line\"\nother: 1 # c\n";
        var doc = ParseOk(yaml, firstLine: 2);
        var abs = (FrontMatterScalar)doc.Root.Get("abstract")!;
        Assert.Equal("first line second  line\nthird \"q\" line", abs.Value);
        Assert.Equal("\"first line\nsecond  line\n\nthird \\\"q\\\" line\"", abs.Raw);
        var other = doc.Root.Find("other")!;
        Assert.Equal(7, other.Line);
        Assert.Equal("1", ((FrontMatterScalar)other.Value).Raw);
        Assert.Equal(new SourcePosition(7, 8), other.Value.Start);
        Assert.Equal(new CommentLine("# c", 7), other.TrailingComment);
    }

    [Fact]
    public void CrlfContentKeepsExactRawTextAndLines()
    {
        var yaml = "title: \"x\"\r\n# lead\r\nabstract: |\r\n  a\r\n  b\r\ntags:\r\n  - t # tt\r\n\r\n";
        var doc = ParseOk(yaml, firstLine: 2);
        Assert.Equal("|\r\n  a\r\n  b", ((FrontMatterScalar)doc.Root.Get("abstract")!).Raw);
        Assert.Equal("a\nb\n", ((FrontMatterScalar)doc.Root.Get("abstract")!).Value);
        Assert.Equal([2, 4, 7], doc.Root.Entries.Select(e => e.Line!.Value));
        Assert.Equal(new CommentLine("# lead", 3), doc.Root.Entries[1].LeadingComments.Single());
        Assert.Equal(new CommentLine("# tt", 8), ((FrontMatterSequence)doc.Root.Get("tags")!).Items[0].TrailingComment);
        Assert.Equal(1, doc.TrailingBlankLines);
    }

    [Fact]
    public void NonAsciiTextKeepsOffsetsRight()
    {
        var doc = ParseOk("title: \"😀 $μ$m\" # 😀 note\nx: ü\n");
        Assert.Equal("\"😀 $μ$m\"", ((FrontMatterScalar)doc.Root.Get("title")!).Raw);
        Assert.Equal("# 😀 note", doc.Root.Entries[0].TrailingComment!.Text);
        Assert.Equal("ü", ((FrontMatterScalar)doc.Root.Get("x")!).Raw);
    }
}
