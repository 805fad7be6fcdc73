using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class AuthorTests
{
    private static readonly Dictionary<string, AuthorProfile> Profiles = new()
    {
        ["admin"] = new AuthorProfile("admin", "Ada Admin", "content/authors/admin/_index.md", null, Array.Empty<string>()),
        ["mira-okafor"] = new AuthorProfile("mira-okafor", "Mira O. Okafor", "content/authors/mira-okafor/_index.md", null, Array.Empty<string>()),
        ["blank"] = new AuthorProfile("blank", null, "content/authors/blank/_index.md", null, Array.Empty<string>()),
    };

    private static (List<AuthorEntry> Authors, IReadOnlyList<Diagnostic> Diagnostics) Read(FrontMatterNode authors, FrontMatterNode? notes = null, SiteContext? site = null, string? language = null)
    {
        var root = Map(("title", Str("A Paper")), ("authors", authors));
        if (notes is not null)
        {
            root.Add("author_notes", notes);
        }
        var (publication, diagnostics) = ViewFixture.Populate(root, site ?? ViewFixture.Site(authors: Profiles),
            ViewFixture.Source(language: language));
        return (publication.Authors, diagnostics);
    }

    [Fact]
    public void AProfileSlugIsReplacedByTheProfilesDisplayName()
    {
        var (authors, _) = Read(Strs("admin"));
        Assert.Equal(new AuthorEntry("admin", "admin", "Ada Admin", "content/authors/admin/_index.md", null), Assert.Single(authors));
    }

    [Fact]
    public void APlainNameFindsAProfileThroughUrlize()
    {
        var (authors, _) = Read(Strs("Mira Okafor"));
        var a = Assert.Single(authors);
        Assert.Equal(("mira-okafor", "Mira O. Okafor", "content/authors/mira-okafor/_index.md"), (a.Slug, a.DisplayName, a.ProfilePath));
    }

    [Fact]
    public void AProfileWithoutADisplayNameShowsTheEntryAsWritten()
    {
        var (authors, _) = Read(Strs("blank"));
        Assert.Equal(("blank", "content/authors/blank/_index.md"), (Assert.Single(authors).DisplayName, authors[0].ProfilePath));
    }

    [Theory]
    [InlineData("Tal Example*", "Tal Example*")]
    [InlineData("**Dana Owner**", "**Dana Owner**")]
    [InlineData("Lee Trailing ", "Lee Trailing")]
    [InlineData("Al Lily, Abdulrahman E", "Al Lily, Abdulrahman E")]
    public void NamesWithoutAProfileKeepTheirMarkersAndAreNeverSplit(string raw, string display)
    {
        var (authors, _) = Read(Strs(raw));
        var a = Assert.Single(authors);
        Assert.Equal((raw, display, (string?)null), (a.Raw, a.DisplayName, a.ProfilePath));
    }

    [Fact]
    public void NotesMatchAuthorsByPositionAndEmptyNotesAreNone()
    {
        var (authors, diagnostics) = Read(Strs("admin", "Bo Second", "Cy Third"), Strs("Equal contribution", "", "Writing – review & editing, Visualization"));

        Assert.Equal(new string?[] { "Equal contribution", null, "Writing – review & editing, Visualization" }, authors.Select(a => a.Note));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void FewerNotesThanAuthorsIsNormal()
    {
        var (authors, diagnostics) = Read(Strs("admin", "Bo Second", "Cy Third"), Strs("Equal contribution"));
        Assert.Equal(new string?[] { "Equal contribution", null, null }, authors.Select(a => a.Note));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void MoreNotesThanAuthorsIsWarned()
    {
        var (authors, diagnostics) = Read(Strs("admin"), Strs("a", "b"));
        Assert.Equal("a", Assert.Single(authors).Note);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.AuthorNotesLengthMismatch, DiagnosticSeverity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void AScalarAuthorsValueIsOneAuthor()
    {
        var (authors, _) = Read(Str("Bo Second, Cy Third"));
        Assert.Equal("Bo Second, Cy Third", Assert.Single(authors).DisplayName);
    }

    [Fact]
    public void ALanguagesOwnProfilesComeBeforeTheDefaultOnes()
    {
        var spanish = new Dictionary<string, AuthorProfile>
        {
            ["admin"] = new AuthorProfile("admin", "Ada Administradora", "content/es/authors/admin/_index.md", "es", Array.Empty<string>()),
        };
        var site = new SiteContext("/nowhere/site", new SiteConfig(), Profiles)
        {
            AuthorsByLanguage = new Dictionary<string, IReadOnlyDictionary<string, AuthorProfile>> { ["es"] = spanish },
        };

        var (authors, _) = Read(Strs("admin", "Mira Okafor"), site: site, language: "es");

        Assert.Equal(new[] { "Ada Administradora", "Mira O. Okafor" }, authors.Select(a => a.DisplayName));
    }

    [Fact]
    public void TheLastOfTwoAuthorsKeysWins()
    {
        var root = Map(("title", Str("A Paper")), ("authors", Strs("First List")), ("authors", Strs("Second List", "admin")));
        var (publication, _) = ViewFixture.Populate(root, ViewFixture.Site(authors: Profiles));
        Assert.Equal(new[] { "Second List", "Ada Admin" }, publication.Authors.Select(a => a.DisplayName));
    }
}
