using Migrate.Core.Model.FrontMatter;
using static Migrate.Tests.Reading.FrontMatter.TomlTestSupport;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>Where each comment of a TOML front matter lands in the tree (no comment may be lost).</summary>
public sealed class TomlCommentPlacementTests
{
    /// <summary>
    /// One case per comment position. <c>where</c> names the expected home of the comment <c># X</c>:
    /// <c>lead:path</c>, <c>trail:path</c>, <c>end:path</c> (EndComments of the collection at path), <c>docend</c>.
    /// A path is keys and item indexes separated by '/'.
    /// </summary>
    [Theory]
    [InlineData("# X\ntitle = 1\n", "lead:title", 2)]
    [InlineData("title = 1 # X\n", "trail:title", 2)]
    [InlineData("title = 1\n\n# X\ndate = 2\n", "lead:date", 4)]
    [InlineData("title = 1\n   # X\n  date = 2\n", "lead:date", 3)]
    [InlineData("title = 1\n# X\n[image]\ncaption = 1\n", "lead:image", 3)]
    [InlineData("[image] # X\ncaption = 1\n", "trail:image", 2)]
    [InlineData("[image]\ncaption = 1\n# X\n[other]\n", "lead:other", 4)]
    [InlineData("[image]\ncaption = 1\n# X\n[[links]]\nname = 1\n", "lead:links", 4)]
    [InlineData("[[links]]\nname = 1\n# X\n[[links]]\nname = 2\n", "lead:links/1", 4)]
    [InlineData("[[links]]\nname = 1\n[[links]] # X\nname = 2\n", "trail:links/1", 4)]
    [InlineData("[[links]] # X\nname = 1\n", "trail:links", 2)]
    [InlineData("[image]\ncaption = 1\n# X\n", "docend", 4)]
    [InlineData("title = 1\n# X\n\n", "docend", 3)]
    [InlineData("tags = [ # X\n  \"a\",\n]\n", "trail:tags", 2)]
    [InlineData("tags = [\n  \"a\", # X\n  \"b\",\n]\n", "trail:tags/0", 3)]
    [InlineData("tags = [\n  \"a\",\n  # X\n  \"b\",\n]\n", "lead:tags/1", 4)]
    [InlineData("tags = [\n  \"a\",\n  \"b\" # X\n]\n", "trail:tags/1", 4)]
    [InlineData("tags = [\n  \"a\",\n  # X\n]\n", "end:tags", 4)]
    [InlineData("tags = [\n  \"a\"\n] # X\n", "trail:tags", 4)]
    [InlineData("tags = [ # first\n  \"a\"\n] # X\n", "end:tags", 4)]
    [InlineData("tags = [\n  # X\n]\n", "end:tags", 3)]
    [InlineData("m = [\n  [1,\n   # X\n   2],\n]\n", "lead:m/0/1", 4)]
    [InlineData("m = [\n  [1, 2], # X\n  [3],\n]\n", "trail:m/0", 3)]
    [InlineData("links = [\n  {name = \"a\"}, # X\n]\n", "trail:links/0", 3)]
    [InlineData("a.b = 1 # X\n", "trail:a/b", 2)]
    [InlineData("# X\na.b = 1\n", "lead:a/b", 2)]
    [InlineData("x = \"\"\"\nnot # a comment\n\"\"\" # X\n", "trail:x", 4)]
    [InlineData("[t]\n  # X\n  [t.u]\n", "lead:t/u", 3)]
    public void EachCommentLandsWhereAReaderExpectsIt(string toml, string where, int fileLine)
    {
        var doc = TomlOk(toml);
        var all = FrontMatterComments.All(doc);
        var comment = Assert.Single(all, c => c.Text == "# X");
        Assert.Equal(fileLine, comment.Line);
        Assert.Contains(comment, Home(doc, where));
    }

    [Fact]
    public void CommentedOutImageTableLeavesFocalPointTopLevelWithTheTableCommentAboveIt()
    {
        // Modelled on the archetype of 2017-era Academic sites: the [image] header is commented out but an
        // indented key stays live, so TOML makes it a top-level key (input-hugo-academic.md §2.7, §6 item 8).
        const string toml =
            "title = \"A paper\"\n" +
            "math = false\n" +
            "\n" +
            "# Featured image\n" +
            "# To use, add an image named `featured.jpg/png` to your page's folder. \n" +
            "# [image]\n" +
            "# preview_only = true\n" +
            "\n" +
            "  # Caption (optional)\n" +
            "\n" +
            "  # Focal point (optional)\n" +
            "  focal_point = \"Center\"\n";
        var doc = TomlOk(toml);
        var focal = doc.Root.Find("focal_point");
        Assert.NotNull(focal);
        Assert.Same(focal, doc.Root.Entries[^1]);
        Assert.Null(doc.Root.Get("image"));
        Assert.Equal("Center", Scalar(focal!.Value).Value);
        Assert.Equal(13, focal.Line);
        Assert.Equal(
            new[]
            {
                "# Featured image",
                "# To use, add an image named `featured.jpg/png` to your page's folder. ",
                "# [image]",
                "# preview_only = true",
                "# Caption (optional)",
                "# Focal point (optional)",
            },
            focal.LeadingComments.Select(c => c.Text));
        Assert.Equal(new[] { 5, 6, 7, 8, 10, 12 }, focal.LeadingComments.Select(c => c.Line));
        Assert.Equal(1, focal.BlankLinesBefore);
    }

    [Fact]
    public void EveryCommentAppearsExactlyOnceInADenselyCommentedFrontMatter()
    {
        const string toml =
            "# c1\n" +
            "title = \"t\" # c2\n" +
            "# c3\n" +
            "tags = [ # c4\n" +
            "  # c5\n" +
            "  \"a\", # c6\n" +
            "  [1, # c7\n" +
            "   2], # c8\n" +
            "  # c9\n" +
            "] # c10\n" +
            "pt = {x = 1} # c11\n" +
            "# c12\n" +
            "[image] # c13\n" +
            "# c14\n" +
            "caption = \"\"\"\n# not a comment\n\"\"\" # c15\n" +
            "# c16\n" +
            "[[links]] # c17\n" +
            "# c18\n" +
            "a.b = 1 # c19\n" +
            "# c20\n" +
            "[[links]] # c21\n" +
            "# c22\n";
        var doc = TomlOk(toml);
        var texts = FrontMatterComments.All(doc).Select(c => c.Text).OrderBy(t => int.Parse(t[3..])).ToList();
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"# c{i}"), texts);
    }

    /// <summary>The comment list (or single comment, as a one-item list) that <paramref name="where"/> names.</summary>
    private static List<CommentLine> Home(FrontMatterDocument doc, string where)
    {
        var colon = where.IndexOf(':');
        var kind = colon < 0 ? where : where[..colon];
        if (kind == "docend")
        {
            return doc.EndComments;
        }
        var path = where[(colon + 1)..].Split('/');
        FrontMatterNode node = doc.Root;
        FrontMatterEntry? entry = null;
        FrontMatterSequenceItem? item = null;
        foreach (var part in path)
        {
            if (int.TryParse(part, out var index))
            {
                item = Sequence(node).Items[index];
                entry = null;
                node = item.Value;
            }
            else
            {
                entry = Entry(Mapping(node), part);
                item = null;
                node = entry.Value;
            }
        }
        return kind switch
        {
            "lead" => entry?.LeadingComments ?? item!.LeadingComments,
            "trail" => new List<CommentLine> { (entry is not null ? entry.TrailingComment : item!.TrailingComment) ?? new CommentLine("(none)", 0) },
            "end" => node is FrontMatterSequence s ? s.EndComments : Mapping(node).EndComments,
            _ => throw new ArgumentException(where),
        };
    }
}
