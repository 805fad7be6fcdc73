namespace Migrate.Tests.TestSupport;

/// <summary>Finds files of the repository (README, schemas, testdata) from the test binary's folder.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Migrate.sln not found above the test binary");
    });

    public static string Root => RootLazy.Value;

    public static string PathOf(string relativePath) => Path.Combine(new[] { Root }.Concat(relativePath.Split('/')).ToArray());
}
