namespace Migrate.Tests.Fixtures;

/// <summary>
/// Locates the repository's <c>testdata/</c> folder from the test binaries, so tests can read the fixture sites
/// (<c>testdata/sites/&lt;case&gt;</c>) and the example site without depending on the working directory.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Absolute path of <c>testdata/</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Absolute path of <c>testdata/sites/</c>.</summary>
    public static string SitesRoot => Path.Combine(Root, "sites");

    /// <summary>Absolute path of one fixture case, e.g. <c>Site("odd-dates")</c>.</summary>
    public static string Site(string caseName) => Path.Combine(SitesRoot, caseName);

    /// <summary>Absolute path of <c>testdata/example-site/</c>.</summary>
    public static string ExampleSite => Path.Combine(Root, "example-site");

    /// <summary>The fixture case names (folder names under <c>testdata/sites/</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> SiteCases =>
        Directory.GetDirectories(SitesRoot).Select(Path.GetFileName).OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        // Walk up from the test assembly folder to the solution root (the folder holding Migrate.sln).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
            {
                return Path.Combine(dir.FullName, "testdata");
            }
        }

        throw new DirectoryNotFoundException("Migrate.sln not found above " + AppContext.BaseDirectory);
    }
}
