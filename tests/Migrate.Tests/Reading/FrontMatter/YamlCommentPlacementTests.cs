using static Migrate.Tests.Reading.FrontMatter.YamlTestSupport;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>Where each comment of a YAML front matter lands in the tree (the placements the writers rely on).</summary>
public sealed class YamlCommentPlacementTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "leading and trailing at top level",
            "# top\ntitle: \"Hello\"   # on title\ndate: 2020-08-10\n",
            ["title lead # top", "title trail # on title"]
        },
        {
            "key with nested block value and a comment after the colon",
            "authors:  # List authors, use \"admin\" for yourself\n- admin\n- Ann Example\n",
            ["authors trail # List authors, use \"admin\" for yourself"]
        },
        {
            "flow list with trailing comment (YamlDotNet's comment parser throws here)",
            "tags: [a, b] # c\nx: 1\n",
            ["tags trail # c"]
        },
        {
            "anchored scalar with trailing comment (YamlDotNet's comment parser throws here)",
            "k: &a v # c\nr: *a # on alias\n",
            ["k trail # c", "r trail # on alias"]
        },
        {
            "block sequence: trailing on item, own line between items",
            "tags:\n  - go   # trailing in seq\n  # own line in seq\n  - 'yaml'\n",
            ["tags[0] trail # trailing in seq", "tags[1] lead # own line in seq"]
        },
        {
            "unindented block sequence",
            "tags:\n- a\n# between\n- b\n# after tags\nnext: 1\n",
            ["tags[1] lead # between", "next lead # after tags"]
        },
        {
            "nested mapping: leading, trailing, end comment indented into it",
            "params:\n  # about a\n  a: 1   # trailing nested\n  # end of params\n# about b\nb: 2\n",
            ["params.a lead # about a", "params.a trail # trailing nested", "params end # end of params", "b lead # about b"]
        },
        {
            "end comment of a deeper mapping goes to the innermost mapping it is indented into",
            "a:\n  b:\n    c: 1\n  # at b level\nd: 1\n",
            ["a end # at b level"]
        },
        {
            "list of maps: trailing on the first key, end comments of item and list",
            "links:\n  - name: PDF # the pdf\n    url: x.pdf\n    # inside item\n  # after items\nother: 1\n",
            ["links[0].name trail # the pdf", "links[0] end # inside item", "links end # after items"]
        },
        {
            "commented-out keys before the closing delimiter are document end comments",
            "title: t\nurl_pdf: ''\n#url_code: ''\n# links:\n# - name: \"\"\n#   url: \"\"\n",
            ["$ end #url_code: ''", "$ end # links:", "$ end # - name: \"\"", "$ end #   url: \"\""]
        },
        {
            "end-of-document comment at column 1 after a nested mapping",
            "params:\n  nested:\n    a: 1\n# trailing comment at end of doc\n",
            ["$ end # trailing comment at end of doc"]
        },
        {
            "multi-line flow list with comments inside",
            "tags: [a, # first\n  b,\n  # before c\n  c,\n  # before bracket\n]\nx: 1\n",
            ["tags[0] trail # first", "tags[2] lead # before c", "tags end # before bracket"]
        },
        {
            "comment right after an opening bracket",
            "tags: [ # open\n  a]\n",
            ["tags trail # open"]
        },
        {
            "flow mapping with trailing comment",
            "image: {caption: x, focal_point: Smart} # img\nx: 1\n",
            ["image trail # img"]
        },
        {
            "block scalar header comment",
            "abstract: |  # the abstract\n  line one\n  line two\nx: 1\n",
            ["abstract trail # the abstract"]
        },
        {
            "multi-line quoted scalar with trailing comment",
            "title: \"multi\n  line\" # c\nx: 1\n",
            ["title trail # c"]
        },
        {
            "empty value with comment, then a duplicate key",
            "links: # none yet\n# the real ones\nlinks:\n  - name: Code\n",
            ["links trail # none yet", "links lead # the real ones"]
        },
        {
            "sequence of sequences",
            "m:\n- - a # in inner\n  - b\n- [c, d] # flow item\n",
            ["m[0][0] trail # in inner", "m[1] trail # flow item"]
        },
        {
            "only comments",
            "# just a comment\n\n# and another\n",
            ["$ end # just a comment", "$ end # and another"]
        },
        {
            "hash inside values is not a comment",
            "a: 'x # y'\nb: \"p # q\"\nc: C# rocks\nd: value#x\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PlacesEachCommentWhereItBelongs(string name, string yaml, string[] expected)
    {
        var doc = ParseOk(yaml);
        Assert.True(expected.Order().SequenceEqual(Placements(doc).Order()),
            $"{name}\nexpected:\n  {string.Join("\n  ", expected.Order())}\nactual:\n  {string.Join("\n  ", Placements(doc).Order())}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryCommentSurvivesExactlyOnceWithItsFileLine(string name, string yaml, string[] expected)
    {
        _ = expected;
        var doc = ParseOk(yaml, firstLine: 5);
        var actual = FrontMatterComments.All(doc).Select(c => (c.Line, c.Text)).Order().ToList();
        var reference = IndependentComments(yaml, 5, doc).Order().ToList();
        Assert.True(reference.SequenceEqual(actual), $"{name}\nexpected {string.Join(", ", reference)}\nactual {string.Join(", ", actual)}");
    }

    [Fact]
    public void CommentTextIsTheExactSourceIncludingSpacingAfterTheHash()
    {
        var doc = ParseOk("#nospace\n#   three spaces\ntitle: x\n");
        Assert.Equal(["#nospace", "#   three spaces"], doc.Root.Entries[0].LeadingComments.Select(c => c.Text));
        Assert.Equal([2, 3], doc.Root.Entries[0].LeadingComments.Select(c => c.Line));
    }

    [Fact]
    public void CrlfCommentsCarryNoCarriageReturn()
    {
        var doc = ParseOk("# lead\r\ntitle: x # t\r\ntags:\r\n  - a\r\n# end\r\n");
        Assert.Equal(["title lead # lead", "title trail # t", "$ end # end"], Placements(doc));
    }
}
