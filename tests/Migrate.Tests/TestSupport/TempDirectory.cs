using Migrate.Tests.TestSupport;

namespace Migrate.Tests.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted (with everything in it) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("migrate-tests-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

    /// <summary>Writes a UTF-8 (no BOM) text file, creating folders; returns its full path.</summary>
    public string WriteFile(string relativePath, string text)
    {
        var full = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
        return full;
    }

    /// <summary>Writes exact bytes at a '/'-separated relative path, creating folders.</summary>
    public void Write(string relativePath, byte[] bytes)
    {
        var full = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Writes UTF-8 (no BOM) text at a '/'-separated relative path, creating folders.</summary>
    public void Write(string relativePath, string text) => WriteFile(relativePath, text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
