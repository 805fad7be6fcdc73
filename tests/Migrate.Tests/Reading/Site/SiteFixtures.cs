namespace Migrate.Tests.Reading.Site;

/// <summary>Locates testdata/site-discovery and makes throw-away site trees for cases git cannot hold.</summary>
internal static class SiteFixtures
{
    public static string Path(string name)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Migrate.sln")))
            {
                return System.IO.Path.Combine(d.FullName, "testdata", "site-discovery", name);
            }
        }
        throw new InvalidOperationException("Migrate.sln not found above the test assembly");
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "migrate-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string Page(string relativePath, string title) => Write(relativePath, $"---\ntitle: \"{title}\"\n---\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
