using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Writing.Jekyll;
using static Migrate.Tests.Writing.Jekyll.TreeBuilder;

namespace Migrate.Tests.Writing.Jekyll;

public class JekyllYamlEmitterTests
{
    // Each row: a source scalar as Hugo typed it, and the Ruby class SafeYAML (Jekyll's reader) must give the output.
    // Strings stay String even when they look like another type; numbers, booleans, null and dates keep their type.
    public static readonly TheoryData<string, FrontMatterScalar, string, string> Scalars = new()
    {
        { "yes_text", Str("yes"), "String", "yes" },
        { "on_text", Str("On"), "String", "On" },
        { "true_text", Str("true", ScalarStyle.DoubleQuoted), "String", "true" },
        { "null_text", Str("null"), "String", "null" },
        { "tilde_text", Str("~"), "String", "~" },
        { "octal_text", Str("0755"), "String", "0755" },
        { "number_text", Str("2"), "String", "2" },
        { "comma_number_text", Str("1,000"), "String", "1,000" },
        { "float_text", Str("1.5"), "String", "1.5" },
        { "date_text", Str("2020-08-10"), "String", "2020-08-10" },
        { "timestamp_text", Str("2020-08-10T00:00:00Z"), "String", "2020-08-10T00:00:00Z" },
        { "symbol_text", Str(":foo"), "String", ":foo" },
        { "empty_text", Str("", ScalarStyle.DoubleQuoted), "String", "" },
        { "colon_text", Str("a: b # c"), "String", "a: b # c" },
        { "yaml_bool", Plain("yes", ScalarKind.Boolean), "TrueClass", "true" },
        { "toml_bool", Plain("false", ScalarKind.Boolean), "FalseClass", "false" },
        { "null_empty", Null(), "NilClass", "" },
        { "null_tilde", Null("~"), "NilClass", "" },
        { "int", Plain("42", ScalarKind.Integer), "Integer", "42" },
        { "toml_octal", Plain("0o755", ScalarKind.Integer), "Integer", "493" },
        { "toml_hex", Plain("0xDEAD_BEEF", ScalarKind.Integer), "Integer", "3735928559" },
        { "toml_underscore", Plain("1_000", ScalarKind.Integer), "Integer", "1000" },
        { "toml_exp_float", Plain("1e5", ScalarKind.Float), "Float", "100000.0" },
        { "toml_inf", Plain("inf", ScalarKind.Float), "Float", "Infinity" },
        { "float", Plain("3.25", ScalarKind.Float), "Float", "3.25" },
        { "yaml_timestamp", Plain("2020-08-10T10:00:00Z", ScalarKind.Timestamp), "Time", "2020-08-10 10:00:00 UTC" },
        { "toml_local_date", Plain("2017-01-01", ScalarKind.LocalDate), "Date", "2017-01-01" },
        { "toml_local_time", Plain("07:32:00", ScalarKind.LocalTime), "String", "07:32:00" },
        { "emoji", Str("hi 😀"), "String", "hi 😀" },
        { "multiline_literal", Str("l1\nl2\n", ScalarStyle.Literal), "String", "l1\nl2\n" },
        { "folded_with_break", Str("p1 joined\np2\n", ScalarStyle.Folded), "String", "p1 joined\np2\n" },
        { "folded_one_line", Str("a long folded abstract\n", ScalarStyle.Folded), "String", "a long folded abstract\n" },
        { "toml_multiline_basic", Str("x\n\"y\"\n", ScalarStyle.MultiLineDoubleQuoted), "String", "x\n\"y\"\n" },
    };

    [Fact]
    public void Every_scalar_is_read_by_SafeYAML_with_the_type_and_value_Hugo_saw()
    {
        var rows = Scalars.Select(r => ((string)r[0], (FrontMatterScalar)r[1], (string)r[2], (string)r[3])).ToList();
        var root = new FrontMatterMapping();
        var line = 1;
        foreach (var (key, scalar, _, _) in rows)
        {
            root.Entry(key, scalar, line++);
        }
        var yaml = JekyllYamlEmitter.Emit(root, [], "\n", "p.md", new DiagnosticBag());

        var loaded = RealJekyll.SafeYamlLoad([yaml])[0];

        foreach (var (key, _, rubyClass, value) in rows)
        {
            Assert.True(loaded.ContainsKey(key), $"{key} missing in:\n{yaml}");
            Assert.Equal((key, rubyClass, value), (key, loaded[key][0], loaded[key][1]));
        }
    }

    [Fact]
    public void Keys_that_look_like_booleans_stay_string_keys()
    {
        var root = new FrontMatterMapping();
        root.Entry("yes", Str("v"), 1);
        root.Entry("1", Str("w"), 2);
        var yaml = JekyllYamlEmitter.Emit(root, [], "\n", "p.md", new DiagnosticBag());
        var loaded = RealJekyll.SafeYamlLoad([yaml])[0];
        Assert.Equal(["yes", "1"], loaded.Keys.ToArray());
    }

    [Fact]
    public void Comments_in_every_position_are_all_written_with_their_text()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("T", ScalarStyle.DoubleQuoted), 3, "# same line on title", "# leading 1", "#  leading 2 (two spaces)");
        var authors = Seq(CollectionStyle.Block, Str("admin"), Str("Ann Other"));
        authors.Items[1].LeadingComments.Add(new CommentLine("# before second author", 6));
        authors.Items[1].TrailingComment = new CommentLine("# after second author", 7);
        authors.EndComments.Add(new CommentLine("# end of authors", 8));
        root.Entry("authors", authors, 4, "# List authors");
        root.Entry("publication_types", Seq(CollectionStyle.Flow, Str("2", ScalarStyle.DoubleQuoted)), 9, "# journal");
        var image = new FrontMatterMapping { Style = CollectionStyle.Flow };
        image.Entry("caption", Str("", ScalarStyle.DoubleQuoted), 11, "# inner trailing");
        image.EndComments.Add(new CommentLine("# end of image", 12));
        root.Entry("image", image, 10, "# on image", "# links:", "# - name: \"\"");
        root.EndComments.Add(new CommentLine("#url_code: ''", 13));
        var docEnd = new List<CommentLine> { new("# end of document", 14), new("#", 15) };

        var yaml = JekyllYamlEmitter.Emit(root, docEnd, "\n", "p.md", new DiagnosticBag());

        var expected = new[]
        {
            "# leading 1", "#  leading 2 (two spaces)", "# same line on title", "# List authors", "# before second author",
            "# after second author", "# end of authors", "# journal", "# links:", "# - name: \"\"", "# on image",
            "# inner trailing", "# end of image", "# url_code: ''", "# end of document", "#",
        };
        var found = yaml.Split('\n').Select(l => l.Contains('#') ? l[l.IndexOf('#')..].TrimEnd() : null).OfType<string>().ToList();
        Assert.Equal(expected.Length, found.Count);
        Assert.Equal(expected, found);
        // And the YAML still means the same thing to Jekyll (comments did not leak into values).
        var loaded = RealJekyll.SafeYamlLoad([yaml])[0];
        Assert.Equal("T", loaded["title"][1]);
        Assert.Equal("[\"admin\",\"Ann Other\"]", loaded["authors"][1]);
    }

    [Fact]
    public void A_TOML_local_time_is_reported_because_YAML_has_no_such_type()
    {
        var root = new FrontMatterMapping();
        root.Entry("at", Plain("07:32:00", ScalarKind.LocalTime), 5);
        var bag = new DiagnosticBag();
        JekyllYamlEmitter.Emit(root, [], "\n", "p.md", bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.ValueNotRepresentable, "p.md", 5), (d.Code, d.Path, d.Line));
    }

    [Fact]
    public void Lines_end_with_the_requested_line_ending()
    {
        var root = new FrontMatterMapping();
        root.Entry("a", Str("x"), 1, "# c");
        var yaml = JekyllYamlEmitter.Emit(root, [new CommentLine("# end", 2)], "\r\n", "p.md", new DiagnosticBag());
        Assert.Equal("a: x # c\r\n# end\r\n", yaml);
    }
}
