using System.Diagnostics;
using System.Text;

namespace Migrate.Tests.Planning;

/// <summary>Runs the real git (no user or system config, so autocrlf and friends cannot interfere).</summary>
internal static class Git
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        psi.Environment["LC_ALL"] = "C";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
        }
        p.StandardInput.Close();
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Applies <paramref name="patch"/> (UTF-8, exactly as the CLI prints it) inside <paramref name="directory"/>.</summary>
    public static Result Apply(string directory, string patch) =>
        Run(directory, new UTF8Encoding(false).GetBytes(patch), "apply", "--whitespace=nowarn", "-");

    public static void Init(string directory)
    {
        var r = Run(directory, null, "init", "-q");
        Assert.True(r.ExitCode == 0, r.StdErr);
    }
}
