using System.Diagnostics;

namespace Migrate.Tests.Writing.Zola;

/// <summary>
/// Runs <c>shared/oracles/zola-check.py</c> (a re-implementation of Zola 0.22's content rules) on a content
/// folder. The oracle and python3 are required: a missing one fails the test loudly instead of skipping.
/// </summary>
internal static class ZolaCheck
{
    public static string Script => Environment.GetEnvironmentVariable("MIGRATE_ZOLA_CHECK") ?? "/work/shared/oracles/zola-check.py";

    /// <summary>Exit code and the combined output (findings on stdout, summary on stderr).</summary>
    public static (int Exit, string Output) Run(string contentDir, params string[] extraArgs)
    {
        if (!File.Exists(TomlLib.Python))
        {
            Assert.Fail($"{TomlLib.Python} is required to run zola-check.py");
        }
        if (!File.Exists(Script))
        {
            Assert.Fail($"zola-check.py not found at {Script} (set MIGRATE_ZOLA_CHECK)");
        }
        var psi = new ProcessStartInfo(TomlLib.Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Script);
        psi.ArgumentList.Add(contentDir);
        foreach (var a in extraArgs)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
