using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class TypedViewFieldTests
{
    [Fact]
    public void DateWithACapitalDIsTheDate()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("Date", Plain("2023-05-02", ScalarKind.Timestamp))));
        Assert.Equal("2023-05-02", publication.Date?.Raw);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 0, 0, 0, TimeSpan.Zero), publication.Date?.Value);
    }

    [Fact]
    public void PublishDateIsNeverTakenForThePapersDate()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(
            ("publishDate", Str("2018-04-02T00:00:00Z")), ("lastmod", Str("2019-01-01")), ("expiryDate", Str("2030-01-01"))));

        Assert.Null(publication.Date);
        Assert.Equal("2018-04-02T00:00:00Z", publication.PublishDate?.Raw);
        Assert.Equal("2019-01-01", publication.Lastmod?.Raw);
        Assert.Equal("2030-01-01", publication.ExpiryDate?.Raw);
    }

    [Fact]
    public void ADateHugoCannotReadIsKeptRawWithAWarning()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("date", Str("not a date"))));
        Assert.Equal(new HugoDate("not a date", null, false, false), publication.Date);
        Assert.Equal(DiagnosticCodes.InvalidDate, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void ABadDateAlreadyReportedByTheHugoViewIsNotReportedAgain()
    {
        var root = ViewFixture.Minimal(("date", Str("not a date")));
        var publication = new Publication { Source = ViewFixture.Source(), FrontMatter = new FrontMatterDocument(FrontMatterFormat.Yaml, root) };
        var bag = new DiagnosticBag();
        bag.Warning(DiagnosticCodes.InvalidDate, publication.Source.SitePath, root.Find("date")!.Line, "reported by the Hugo view");

        Migrate.Core.Reading.Academic.PublicationViewBuilder.Populate(publication, ViewFixture.Site(), bag, ViewFixture.Services, TimeZoneInfo.Utc);

        Assert.Single(bag.Items);
    }

    [Fact]
    public void AnEmptyDateIsNoDate()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("date", Str("")), ("publishDate", Null())));
        Assert.Null(publication.Date);
        Assert.Null(publication.PublishDate);
        Assert.Empty(diagnostics);
    }

    // Checked with Hugo 0.111.3 (hugo-params.sh): draft "true", "T", "1", 1 and YAML yes are drafts; the string "yes" is not.
    [Theory]
    [InlineData("true", ScalarKind.String, true)]
    [InlineData("T", ScalarKind.String, true)]
    [InlineData("1", ScalarKind.String, true)]
    [InlineData("yes", ScalarKind.String, false)]
    [InlineData("false", ScalarKind.String, false)]
    [InlineData("yes", ScalarKind.Boolean, true)]
    [InlineData("no", ScalarKind.Boolean, false)]
    [InlineData("1", ScalarKind.Integer, true)]
    [InlineData("0", ScalarKind.Integer, false)]
    public void DraftIsReadLikeHugosCastToBool(string value, ScalarKind kind, bool expected)
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("draft", Plain(value, kind))));
        Assert.Equal(expected, publication.Draft);
    }

    [Theory]
    [InlineData("2020", ScalarKind.Integer, "2020")]
    [InlineData("1.50", ScalarKind.Float, "1.5")]
    [InlineData("A *Genus* study", ScalarKind.String, "A *Genus* study")]
    public void TheTitleIsTextEvenWhenWrittenAsANumber(string value, ScalarKind kind, string expected)
    {
        var (publication, _) = ViewFixture.Populate(Map(("title", Plain(value, kind)), ("authors", Strs("Ann Example"))));
        Assert.Equal(expected, publication.Title);
    }

    [Fact]
    public void AMissingTitleIsWarned()
    {
        var (_, diagnostics) = ViewFixture.Populate(Map(("authors", Strs("Ann Example"))));
        Assert.Equal(DiagnosticCodes.MissingTitle, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void AStringVenueKeepsItsMarkdownAndAnEmptyShortNameIsNone()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("publication", Str("In *Findings of Example 2023*")), ("publication_short", Str(""))));
        Assert.Equal(new Venue("In *Findings of Example 2023*", null), publication.Venue);
    }

    [Fact]
    public void AMapVenueIsReadFieldByField()
    {
        var venue = Map(("name", Str("Journal of Examples")), ("short_name", Str("JEx")), ("volume", Plain("12", ScalarKind.Integer)),
            ("issue", Str("3")), ("pages", Str("1-20")), ("publisher", Str("Example Press")));

        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("publication", venue)));

        Assert.Equal(new Venue("Journal of Examples", "JEx", "12", "3", "1-20", "Example Press"), publication.Venue);
    }

    [Fact]
    public void NullOrEmptyVenueFieldsGiveNoVenue()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("publication", Null()), ("publication_short", Str(""))));
        Assert.Null(publication.Venue);
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, null, true)]
    [InlineData(null, null, false)]
    public void FeaturedFallsBackToTheOldSelectedKey(bool? featured, bool? selected, bool expected)
    {
        var root = ViewFixture.Minimal();
        if (featured is { } f)
        {
            root.Add("featured", Bool(f));
        }
        if (selected is { } s)
        {
            root.Add("selected", Bool(s));
        }
        Assert.Equal(expected, ViewFixture.Populate(root).Publication.Featured);
    }

    [Fact]
    public void SummaryFallsBackToAbstractShortAndEmptyTextsAreNone()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("abstract", Str("")), ("summary", Str("")), ("abstract_short", Str("Short."))));
        Assert.Null(publication.Abstract);
        Assert.Equal("Short.", publication.Summary);
    }

    [Fact]
    public void ListsDropEmptyEntriesAndOtherFieldsAreRead()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(
            ("tags", Strs("Sensing", "")), ("categories", Strs()), ("projects", Strs("")), ("slides", Str("example")),
            ("weight", Plain("3", ScalarKind.Integer))));

        Assert.Equal(new[] { "Sensing" }, publication.Tags);
        Assert.Empty(publication.Categories);
        Assert.Empty(publication.Projects);
        Assert.Equal("example", publication.Slides);
        Assert.Equal(3, publication.Weight);
    }

    [Theory]
    [InlineData("type", "widget_page")]
    [InlineData("list_format", "3")]
    public void WidgetAndListPagesAreReadButMarkedSkipped(string key, string value)
    {
        var (publication, diagnostics) = ViewFixture.Populate(Map(("title", Str("Publications")), (key, Str(value))));

        Assert.NotNull(publication.SkipReason);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SkippedListPage, DiagnosticSeverity.Info), (d.Code, d.Severity));
        Assert.Equal("Publications", publication.Title);
    }

    [Fact]
    public void APageWithNoTitleAuthorsOrTypesIsSkipped()
    {
        var (publication, _) = ViewFixture.Populate(Map(("math", Bool(true))));
        Assert.NotNull(publication.SkipReason);
    }

    [Fact]
    public void ARealPublicationIsNotSkipped()
    {
        Assert.Null(ViewFixture.Populate(ViewFixture.Minimal()).Publication.SkipReason);
    }

    [Fact]
    public void PopulatingLeavesTheTreeAsItWasAndTwiceGivesTheSameView()
    {
        var root = ViewFixture.Minimal(("Date", Str("2020-01-01")), ("url_pdf", Str("a.pdf")), ("url_pdf", Str("")), ("doi", Str("https://doi.org/10.1/x")));
        var before = root.Entries.Select(e => (e.Key, e.Value, (e.Value as FrontMatterScalar)?.Value)).ToList();
        var publication = new Publication { Source = ViewFixture.Source(), FrontMatter = new FrontMatterDocument(FrontMatterFormat.Yaml, root) };

        var bag = new DiagnosticBag();
        Migrate.Core.Reading.Academic.PublicationViewBuilder.Populate(publication, ViewFixture.Site(), bag, ViewFixture.Services, TimeZoneInfo.Utc);
        Migrate.Core.Reading.Academic.PublicationViewBuilder.Populate(publication, ViewFixture.Site(), bag, ViewFixture.Services, TimeZoneInfo.Utc);

        Assert.Equal(before, root.Entries.Select(e => (e.Key, e.Value, (e.Value as FrontMatterScalar)?.Value)).ToList());
        Assert.Single(publication.Authors);
        Assert.Single(publication.Links);
    }
}
