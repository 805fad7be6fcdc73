using CsCheck;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.Academic;

namespace Migrate.Tests.Reading.Academic;

public sealed class ViewPropertyTests
{
    private static readonly Gen<string> PathText = Gen.String[Gen.Char[" :?/-_.#%+~@AbZé漢\t2f"], 0, 24];

    [Fact]
    public void SanitizingAPathTwiceChangesNothingMoreAndLeavesNoSpaceColonOrQuestionMark()
    {
        PathText.Sample(s =>
        {
            var once = HugoPathSanitizer.Sanitize(s);
            Assert.Equal(once, HugoPathSanitizer.Sanitize(once));
            Assert.DoesNotContain(once, c => c is ' ' or ':' or '?' or '\t');
        });
    }

    private static readonly string[] Keys =
    {
        "title", "authors", "author_notes", "date", "Date", "publishDate", "draft", "publication_types", "publication",
        "publication_short", "doi", "url_pdf", "url_custom", "links", "hugoblox", "ids", "image", "filename", "tags",
        "featured", "selected", "weight", "slug", "url", "type", "list_format", "name", "provider", "id", "caption",
    };

    private static readonly Gen<FrontMatterScalar> Scalar =
        Gen.Select(Gen.String[Gen.Char["09aZ:/.-* "], 0, 12], Gen.Enum<ScalarKind>(), (v, k) => new FrontMatterScalar(v, k));

    private static Gen<FrontMatterNode> Node(int depth) => depth == 0
        ? Scalar.Select(s => (FrontMatterNode)s)
        : Gen.Frequency(
            (3, Scalar.Select(s => (FrontMatterNode)s)),
            (1, Node(depth - 1).List[0, 4].Select(items => (FrontMatterNode)Tree.Seq(items.ToArray()))),
            (1, Gen.Select(Gen.Int[0, Keys.Length - 1].Select(i => Keys[i]), Node(depth - 1)).List[0, 4]
                .Select(entries => (FrontMatterNode)Tree.Map(entries.ToArray()))));

    [Fact]
    public void AnyTreeGivesAViewWithoutThrowing()
    {
        Gen.Select(Gen.Int[0, Keys.Length - 1].Select(i => Keys[i]), Node(3)).List[0, 10].Sample(entries =>
        {
            var root = Tree.Map(entries.ToArray());
            var entryCount = root.Entries.Count;
            var (publication, _) = ViewFixture.Populate(root);
            Assert.Equal(entryCount, root.Entries.Count);
            Assert.NotNull(publication.HugoUrl);
        });
    }
}
