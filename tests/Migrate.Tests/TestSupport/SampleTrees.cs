using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.TestSupport;

/// <summary>Hand-built front-matter trees that use every feature of the model (invented content).</summary>
public static class SampleTrees
{
    /// <summary>
    /// A YAML-like document: leading and trailing comments, blank-line groups, every scalar kind and style,
    /// a nested block mapping, a flow sequence, item comments, an anchor with an alias, a tag, a duplicate key
    /// differing in case, end comments at every level.
    /// </summary>
    public static FrontMatterDocument Rich()
    {
        var root = new FrontMatterMapping();
        var title = root.Add("title", new FrontMatterScalar("Tidal Clocks in Small Lakes", ScalarKind.String, ScalarStyle.DoubleQuoted, "\"Tidal Clocks in Small Lakes\""));
        title.Line = 2;
        title.LeadingComments.Add(new CommentLine("# Page title", 1));
        title.TrailingComment = new CommentLine("# shown in the header", 2);

        var authors = new FrontMatterSequence { Style = CollectionStyle.Block };
        authors.Add(new FrontMatterScalar("Ada Quill", ScalarKind.String, ScalarStyle.Plain, "Ada Quill"));
        authors.Items[0].LeadingComments.Add(new CommentLine("# first author", 4));
        authors.Add(new FrontMatterScalar("admin", ScalarKind.String, ScalarStyle.SingleQuoted, "'admin'"));
        authors.Items[1].TrailingComment = new CommentLine("# the site owner", 6);
        authors.EndComments.Add(new CommentLine("#  - Former Coauthor", 7));
        var authorsEntry = root.Add("authors", authors);
        authorsEntry.Line = 3;
        authorsEntry.BlankLinesBefore = 0;

        var date = root.Add("date", new FrontMatterScalar("2020-08-10", ScalarKind.Timestamp, ScalarStyle.Plain, "2020-08-10"));
        date.Line = 9;
        date.BlankLinesBefore = 1;
        var dateDup = root.Add("Date", new FrontMatterScalar("2021-01-02T03:04:05+02:00", ScalarKind.String, ScalarStyle.SingleQuoted, "'2021-01-02T03:04:05+02:00'"));
        dateDup.Line = 10;

        root.Add("draft", new FrontMatterScalar("false", ScalarKind.Boolean)).Line = 11;
        root.Add("weight", new FrontMatterScalar("0x1F", ScalarKind.Integer, ScalarStyle.Plain, "0x1F")).Line = 12;
        root.Add("ratio", new FrontMatterScalar("1.5e3", ScalarKind.Float)).Line = 13;
        root.Add("empty", new FrontMatterScalar("", ScalarKind.Null, ScalarStyle.Plain, "~")).Line = 14;
        root.Add("local_dt", new FrontMatterScalar("1979-05-27T07:32:00", ScalarKind.LocalDateTime)).Line = 15;
        root.Add("local_d", new FrontMatterScalar("1979-05-27", ScalarKind.LocalDate)).Line = 16;
        root.Add("local_t", new FrontMatterScalar("07:32:00", ScalarKind.LocalTime)).Line = 17;

        var abstractEntry = root.Add("abstract", new FrontMatterScalar(
            "Line one with \"quotes\" and é ünïcödé.\nLine two\ttabbed.\n",
            ScalarKind.String,
            ScalarStyle.Literal,
            "|\n  Line one with \"quotes\" and é ünïcödé.\n  Line two\ttabbed.\n"));
        abstractEntry.Line = 18;
        root.Add("summary", new FrontMatterScalar("folded text here", ScalarKind.String, ScalarStyle.Folded, ">-\n  folded\n  text here")).Line = 21;
        root.Add("toml_ml", new FrontMatterScalar("a\nb", ScalarKind.String, ScalarStyle.MultiLineDoubleQuoted, "\"\"\"\na\nb\"\"\"")).Line = 24;

        var image = new FrontMatterMapping { Style = CollectionStyle.Block, Anchor = "img" };
        var caption = image.Add("caption", new FrontMatterScalar("Photo by [Someone](https://example.invalid/)", ScalarKind.String, ScalarStyle.SingleQuoted, "'Photo by [Someone](https://example.invalid/)'"));
        caption.Line = 27;
        caption.LeadingComments.Add(new CommentLine("# Caption (optional)", 26));
        image.Add("focal_point", new FrontMatterScalar("", ScalarKind.String, ScalarStyle.DoubleQuoted, "\"\"")).Line = 28;
        image.EndComments.Add(new CommentLine("#preview_only: false", 29));
        var imageEntry = root.Add("image", image);
        imageEntry.Line = 25;
        imageEntry.TrailingComment = new CommentLine("# featured image", 25);
        imageEntry.BlankLinesBefore = 2;

        var tags = new FrontMatterSequence { Style = CollectionStyle.Flow };
        tags.Add(FrontMatterScalar.String("Source Themes"));
        tags.Add(new FrontMatterScalar("limnology", ScalarKind.String, ScalarStyle.Plain, "limnology") { Tag = "!!str" });
        root.Add("tags", tags).Line = 30;

        root.Add("image_again", new FrontMatterAlias("img", image)).Line = 31;

        var links = new FrontMatterSequence { Style = CollectionStyle.TomlTableArray };
        var link = new FrontMatterMapping { Style = CollectionStyle.Flow };
        link.Add("name", FrontMatterScalar.String("Code")).Line = 33;
        link.Add("url", FrontMatterScalar.String("https://example.invalid/code")).Line = 34;
        links.Add(link);
        root.Add("links", links).Line = 32;

        var nested = new FrontMatterMapping { Style = CollectionStyle.TomlTable };
        var inner = new FrontMatterMapping { Style = CollectionStyle.Block };
        inner.Add("deep", new FrontMatterSequence().Add(new FrontMatterSequence().Add(new FrontMatterScalar("1", ScalarKind.Integer)))).Line = 37;
        nested.Add("inner", inner).Line = 36;
        var quotedKey = nested.Add("a.b", new FrontMatterScalar("true", ScalarKind.Boolean));
        quotedKey.RawKey = "\"a.b\"";
        quotedKey.Line = 38;
        root.Add("params", nested).Line = 35;

        var doc = new FrontMatterDocument(FrontMatterFormat.Yaml, root) { TrailingBlankLines = 1 };
        doc.EndComments.Add(new CommentLine("# Set captions in image metadata.", 39));
        doc.EndComments.Add(new CommentLine("#url_code: ''", 40));
        return doc;
    }

    /// <summary>A one-entry document, for tests that spell out the expected JSON.</summary>
    public static FrontMatterDocument Small()
    {
        var root = new FrontMatterMapping();
        var entry = root.Add("title", new FrontMatterScalar("Hi", ScalarKind.String, ScalarStyle.DoubleQuoted, "\"Hi\""));
        entry.Line = 3;
        entry.BlankLinesBefore = 1;
        entry.LeadingComments.Add(new CommentLine("# lead", 2));
        entry.TrailingComment = new CommentLine("# trail", 3);
        var doc = new FrontMatterDocument(FrontMatterFormat.Toml, root);
        doc.EndComments.Add(new CommentLine("# end", 4));
        return doc;
    }

    /// <summary>A mapping nested <paramref name="depth"/> levels below the root.</summary>
    public static FrontMatterDocument Nested(int depth)
    {
        var root = new FrontMatterMapping();
        var current = root;
        for (var i = 0; i < depth; i++)
        {
            var child = new FrontMatterMapping();
            current.Add("k", child);
            current = child;
        }
        current.Add("leaf", FrontMatterScalar.String("x"));
        return new FrontMatterDocument(FrontMatterFormat.Yaml, root);
    }
}
