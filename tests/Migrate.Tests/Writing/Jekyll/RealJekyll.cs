using System.Diagnostics;
using System.Text;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>
/// Runs the real Jekyll (Debian's jekyll 4.3) and Ruby's SafeYAML, the engines whose reading of our output is the
/// truth. Fails loudly when they are missing (CI installs them with <c>apt-get install jekyll</c>): a skipped check
/// would hide exactly the regressions these tests exist for.
/// </summary>
internal static class RealJekyll
{
    public static string Require(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"'{tool}' is not installed; these tests need real Jekyll (apt-get install -y jekyll)");
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(string tool, string workingDirectory, string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo(Require(tool))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        psi.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(psi)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(tool + " did not finish in 3 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Loads each YAML document with the installed Jekyll's own front-matter reader (<c>Jekyll::Utils.safe_load_yaml</c>;
    /// Debian's 4.3.1 uses Psych.safe_load there, upstream 4.3 SafeYAML) and returns, per document, each top-level
    /// key mapped to <c>[rubyClass, value.to_s]</c>.
    /// </summary>
    public static IReadOnlyList<Dictionary<string, string[]>> SafeYamlLoad(IReadOnlyList<string> documents)
    {
        const string script = """
            require "jekyll"
            require "json"
            docs = JSON.parse(STDIN.read)
            out = docs.map do |d|
              h = Jekyll::Utils.safe_load_yaml(d) || {}
              h.to_h { |k, v| [k.to_s, [v.class.name, v.is_a?(Array) ? JSON.generate(v.map(&:to_s)) : v.to_s]] }
            end
            puts JSON.generate(out)
            """;
        var dir = Path.GetTempPath();
        var (code, stdout, stderr) = Run("ruby", dir, System.Text.Json.JsonSerializer.Serialize(documents), "-e", script);
        Assert.True(code == 0, "ruby failed: " + stderr);
        return System.Text.Json.JsonSerializer.Deserialize<List<Dictionary<string, string[]>>>(stdout)!;
    }
}
