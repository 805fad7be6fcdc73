using System.Diagnostics;
using System.Text.Json;
using Migrate.Tests.Fixtures;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>
/// Runs scripts/check-papers-bib.py (Debian's python3-bibtexparser) over papers.bib files. Fails loudly when the
/// module is missing (.ci/run installs it): a skipped parse would hide exactly what these tests guard.
/// </summary>
internal static class BibTexParserCheck
{
    public sealed record Result(string File, int Entries, bool KeysUnique, List<string> Keys, int Starts, int Failed, int Comments, List<string> Log);

    public static List<Result> Check(IEnumerable<string> files)
    {
        var list = files.ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var script = Path.Combine(TestData.Root, "..", "scripts", "check-papers-bib.py");
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        foreach (var f in list)
        {
            psi.ArgumentList.Add(f);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "check-papers-bib.py did not finish in 5 minutes");
        Assert.False(stderr.Result.Contains("ModuleNotFoundError", StringComparison.Ordinal),
            "python3-bibtexparser is not installed (apt-get install -y python3-bibtexparser): " + stderr.Result);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        var results = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<Result>(l, options)!).ToList();
        Assert.True(results.Count == list.Count, $"check-papers-bib.py reported {results.Count} of {list.Count} files: {stderr.Result}");
        return results;
    }
}
