using Migrate.Tests.Reading.Site;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Cli;

/// <summary>
/// The dry run with the real readers and every writer, on the shipped example site and on two corpus sites
/// (read in place, never copied): it changes nothing under the source or the output (every file hashed, every
/// folder listed), and <c>--check</c> right after a real run is 0 (idempotence on real data).
/// </summary>
public sealed class DryRunEndToEndTests
{
    public static TheoryData<string, string> Sites()
    {
        var data = new TheoryData<string, string>();
        var corpus = CorpusDiscoveryTests.CorpusRoot();
        foreach (var target in new[] { "json", "jekyll" })
        {
            data.Add(RepositoryFiles.PathOf("testdata/example-site"), target);
            data.Add(Path.Combine(corpus, "Aariq__my-website"), target);
            data.Add(Path.Combine(corpus, "copenlu__academic-kickstart"), target);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void DryRunAndCheckChangeNothingAndCheckAfterConvertIsInSync(string site, string target)
    {
        Assert.True(Directory.Exists(site), site);
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var source = TreeSnapshot.Of(site);
        var tempBefore = TreeSnapshot.Of(temp.Path);

        var dry = CliRunner.Run("convert", site, "--to", target, "--out", output, "--dry-run", "--binary");
        var check = CliRunner.Run("convert", site, "--to", target, "--out", output, "--check", "--quiet");

        Assert.NotEqual(2, dry.ExitCode);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(tempBefore, TreeSnapshot.Of(temp.Path));

        var convert = CliRunner.Run("convert", site, "--to", target, "--out", output);
        Assert.True(convert.ExitCode is 0 or 2, convert.Error);
        var written = TreeSnapshot.Of(output);
        var again = CliRunner.Run("convert", site, "--to", target, "--out", output, "--check");
        var dryAgain = CliRunner.Run("convert", site, "--to", target, "--out", output, "--dry-run", "--prune", "--force");

        // A site with a page migrate reports as an error exits 2 in every mode; otherwise the check is in sync.
        Assert.Equal(convert.ExitCode == 2 ? 2 : 0, again.ExitCode);
        Assert.Matches(@"^0 to create, 0 to change, 0 to delete, \d+ unchanged\n$", again.Out);
        Assert.Equal(again.Out, dryAgain.Out);
        Assert.Equal(written, TreeSnapshot.Of(output));
        Assert.Equal(source, TreeSnapshot.Of(site));
    }
}
