using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class PublicationTypeTests
{
    private static (PublicationTypeValue Type, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string raw, SiteConfig? config = null)
    {
        var root = Map(("title", Str("A Paper")), ("publication_types", Strs(raw)));
        var (publication, diagnostics) = ViewFixture.Populate(root, ViewFixture.Site(config));
        return (Assert.Single(publication.PublicationTypes), diagnostics);
    }

    // The official table: input doc §3.3 (the i18n renames of the 2023-09-30 CSL commit, English labels).
    [Theory]
    [InlineData("0", null, "Uncategorized")]
    [InlineData("1", "paper-conference", "Conference paper")]
    [InlineData("2", "article-journal", "Journal article")]
    [InlineData("3", "article", "Preprint")]
    [InlineData("4", "report", "Report")]
    [InlineData("5", "book", "Book")]
    [InlineData("6", "chapter", "Book section")]
    [InlineData("7", "thesis", "Thesis")]
    [InlineData("8", "patent", "Patent")]
    public void NumericCodesMapThroughTheOfficialTableWhenTheSiteHasNoLegend(string raw, string? csl, string label)
    {
        var (type, diagnostics) = Resolve(raw);
        Assert.Equal(new PublicationTypeValue(raw, csl, label), type);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ACodeOutsideTheLegendIsWarnedAndHasNoCslType()
    {
        var (type, diagnostics) = Resolve("9");
        Assert.Equal(new PublicationTypeValue("9", null, null), type);
        Assert.Equal((DiagnosticCodes.NumericPublicationTypeOutOfLegend, DiagnosticSeverity.Warning), (diagnostics[0].Code, diagnostics[0].Severity));
    }

    // dcrankshaw's config relabelled the codes (input doc §3.3): 2 = Work in progress, 3 = Technical report, 4 = Workshop paper.
    [Theory]
    [InlineData("1", "paper-conference", "Conference proceedings")]
    [InlineData("2", "article", "Work in progress")]
    [InlineData("3", "report", "Technical report")]
    [InlineData("4", "paper-conference", "Workshop paper")]
    [InlineData("0", null, "Uncategorized")]
    public void ASiteLegendGivesTheLabelAndTheCslTypeIsInferredFromIt(string raw, string? csl, string label)
    {
        var config = new SiteConfig { PublicationTypeLegend = new() { "Uncategorized", "Conference proceedings", "Work in progress", "Technical report", "Workshop paper" } };

        var (type, diagnostics) = Resolve(raw, config);

        Assert.Equal(new PublicationTypeValue(raw, csl, label), type);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ACodeBeyondTheSiteLegendIsWarnedEvenIfTheOfficialTableHasIt()
    {
        var config = new SiteConfig { PublicationTypeLegend = new() { "Uncategorized", "Conference proceedings", "Journal" } };
        var (type, diagnostics) = Resolve("5", config);
        Assert.Null(type.Csl);
        Assert.Equal(DiagnosticCodes.NumericPublicationTypeOutOfLegend, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void ALegendLabelWithNoClearCslTypeGivesNoTypeAndAWarning()
    {
        var config = new SiteConfig { PublicationTypeLegend = new() { "Uncategorized", "Miscellany" } };
        var (type, diagnostics) = Resolve("1", config);
        Assert.Equal(new PublicationTypeValue("1", null, "Miscellany"), type);
        Assert.Equal(DiagnosticCodes.UnknownPublicationType, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("article-journal", "Journal article")]
    [InlineData("paper-conference", "Conference paper")]
    [InlineData("software", "Software")]
    [InlineData("post-weblog", "Post-Weblog")]
    public void CslStringsAreKeptWithTheThemesLabel(string raw, string label)
    {
        var (type, diagnostics) = Resolve(raw);
        Assert.Equal(new PublicationTypeValue(raw, raw, label), type);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void BookChapterIsReadAsChapterWithAnInfo()
    {
        var (type, diagnostics) = Resolve("book-chapter");
        Assert.Equal(new PublicationTypeValue("book-chapter", "chapter", "Book-Chapter"), type);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownPublicationType, DiagnosticSeverity.Info), (d.Code, d.Severity));
    }

    [Fact]
    public void AnUnknownStringIsWarnedAndHasNoCslType()
    {
        var (type, diagnostics) = Resolve("poem");
        Assert.Null(type.Csl);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownPublicationType, DiagnosticSeverity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void EveryEntryOfAMixedEraListIsRead()
    {
        var root = Map(("title", Str("A Paper")), ("publication_types", Strs("3", "article-journal")));
        var (publication, _) = ViewFixture.Populate(root);
        Assert.Equal(new[] { "article", "article-journal" }, publication.PublicationTypes.Select(t => t.Csl));
    }
}
