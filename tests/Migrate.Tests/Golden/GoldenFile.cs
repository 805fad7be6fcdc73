using System.Text;

namespace Migrate.Tests.Golden;

/// <summary>
/// Compares produced text with a reviewed golden file under <c>testdata/golden/</c>. With <c>MIGRATE_ACCEPT=1</c> in
/// the environment the golden file is (re)written instead and the test fails, so accepting is always a deliberate
/// step whose git diff is reviewed before committing (pandoc's <c>--accept</c>).
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("MIGRATE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
            Assert.Fail($"golden file written: {goldenPath} (MIGRATE_ACCEPT=1); review the diff and rerun without it");
        }
        Assert.True(File.Exists(goldenPath), $"golden file missing: {goldenPath} (run once with MIGRATE_ACCEPT=1 and review it)");
        var expected = File.ReadAllText(goldenPath);
        if (expected == actual)
        {
            return;
        }
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }
        Assert.Fail($"{goldenPath} differs first at line {line + 1}:\n- {(line < e.Length ? e[line] : "<end>")}\n+ {(line < a.Length ? a[line] : "<end>")}");
    }
}
