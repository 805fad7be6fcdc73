using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Writing.Jekyll;
using Xunit.Abstractions;
using static Migrate.Tests.Writing.Jekyll.TreeBuilder;

namespace Migrate.Tests.Writing.Jekyll;

public class EmitterProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("Hello", ScalarStyle.DoubleQuoted), 2, "# trailing title", "# leading title");
        var authors = Seq(CollectionStyle.Block, Str("admin"), Str("B O"));
        authors.Items[1].LeadingComments.Add(new CommentLine("# between", 5));
        authors.Items[1].TrailingComment = new CommentLine("# after B", 6);
        root.Entry("authors", authors, 3, "#  List authors");
        root.Entry("publication_types", Seq(CollectionStyle.Flow, Str("2", ScalarStyle.DoubleQuoted)), 8, "# journal");
        var image = new FrontMatterMapping();
        image.Entry("caption", Str("", ScalarStyle.DoubleQuoted), 10);
        image.Entry("focal_point", Str("x"), 11, "# fp");
        image.EndComments.Add(new CommentLine("# end of image", 12));
        root.Entry("image", image, 9, "# img");
        root.Entry("url_code", Null(), 13);
        root.Entry("yes_text", Str("yes"), 14);
        root.Entry("num_text", Str("0755"), 15);
        root.Entry("oct", Plain("0o755", ScalarKind.Integer), 16);
        root.Entry("fl", Plain("1e5", ScalarKind.Float), 17);
        root.Entry("abstract", Str("line one\nline two\n", ScalarStyle.Folded), 18);
        var bag = new DiagnosticBag();
        var text = JekyllYamlEmitter.Emit(root, [new CommentLine("# end of doc", 20), new CommentLine("#url_pdf: ''", 21)], "\n", "p", bag);
        output.WriteLine(text);
        Assert.NotEmpty(text);
    }
}
