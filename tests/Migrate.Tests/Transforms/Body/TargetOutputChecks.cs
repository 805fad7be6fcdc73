using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Migrate.Tests.Transforms.Body;

/// <summary>Checks converted bodies the way the target engines read them (static rules and the real tools).</summary>
internal static class TargetOutputChecks
{
    // Liquid's raw tag body ends at the first endraw tag (Liquid 4/5 Raw#parse).
    private static readonly Regex RawBlock = new(@"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Generated = new(
        @"\{% include (figure|video)\.liquid( [a-z]+=(""[^""{}%]*""|true))* %\}|\{\{ ""\{%"" \}\}",
        RegexOptions.CultureInvariant);

    /// <summary>Everything Liquid would execute in <paramref name="output"/> is one of the converter's own tags.</summary>
    public static void AssertLiquidInert(string output, string what)
    {
        var outside = Generated.Replace(RawBlock.Replace(output, ""), "");
        var i = Math.Max(outside.IndexOf("{{", StringComparison.Ordinal), outside.IndexOf("{%", StringComparison.Ordinal));
        if (outside.Contains("{{", StringComparison.Ordinal) || outside.Contains("{%", StringComparison.Ordinal))
        {
            var at = Math.Max(0, Math.Min(outside.IndexOf("{{", StringComparison.Ordinal) is var a and >= 0 ? a : int.MaxValue,
                outside.IndexOf("{%", StringComparison.Ordinal) is var b and >= 0 ? b : int.MaxValue) - 40);
            Assert.Fail($"{what}: Liquid would run source text: …{outside.Substring(at, Math.Min(120, outside.Length - at))}…");
        }
        Assert.True(i < 0);
    }

    public static string OraclesFolder()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Migrate.sln")))
            {
                var sibling = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "oracles"));
                if (Directory.Exists(sibling))
                {
                    return sibling;
                }
                break;
            }
        }
        const string fallback = "/work/shared/oracles";
        Assert.True(Directory.Exists(fallback), "the shared oracles are missing: expected ../shared/oracles or /work/shared/oracles");
        return fallback;
    }

    public static (int ExitCode, string Output) RunTool(string file, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish in 5 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>
    /// Builds a throwaway Jekyll site with <c>liquid.error_mode: strict</c> from <paramref name="pages"/> (name → body)
    /// and stub al-folio includes; returns the exit code, the log and the built HTML by page name.
    /// </summary>
    public static (int ExitCode, string Log, Dictionary<string, string> Html) BuildJekyll(string root, IReadOnlyDictionary<string, string> pages)
    {
        var site = Path.Combine(root, "jekyll-src");
        var dest = Path.Combine(root, "jekyll-out");
        Directory.CreateDirectory(Path.Combine(site, "_includes"));
        File.WriteAllText(Path.Combine(site, "_config.yml"), "liquid:\n  error_mode: strict\n  strict_filters: true\nmarkdown: kramdown\n");
        File.WriteAllText(Path.Combine(site, "_includes", "figure.liquid"), "FIGURE[{{ include.path }};{{ include.caption }}]");
        File.WriteAllText(Path.Combine(site, "_includes", "video.liquid"), "VIDEO[{{ include.path }}]");
        foreach (var (name, body) in pages)
        {
            File.WriteAllText(Path.Combine(site, name + ".md"), "---\ntitle: t\n---\n" + body, new UTF8Encoding(false));
        }
        var jekyll = Migrate.Tests.Writing.Jekyll.RealJekyll.Require("jekyll");
        var (code, log) = RunTool(jekyll, site, "build", "--source", site, "--destination", dest, "--quiet");
        var html = new Dictionary<string, string>();
        foreach (var name in pages.Keys)
        {
            var file = Path.Combine(dest, name + ".html");
            html[name] = File.Exists(file) ? File.ReadAllText(file) : "";
        }
        return (code, log, html);
    }

    /// <summary>Runs <c>zola-check.py --zola-errors-only</c> on a content tree of <paramref name="pages"/> (name → body).</summary>
    public static (int ExitCode, string Output) CheckZola(string root, IReadOnlyDictionary<string, string> pages)
    {
        var content = Path.Combine(root, "zola", "content");
        Directory.CreateDirectory(Path.Combine(content, "publication"));
        File.WriteAllText(Path.Combine(root, "zola", "config.toml"), "base_url = \"https://example.org\"\n\n[markdown]\ngithub_alerts = true\n");
        File.WriteAllText(Path.Combine(content, "_index.md"), "+++\ntitle = \"Home\"\n+++\n");
        File.WriteAllText(Path.Combine(content, "publication", "_index.md"), "+++\ntitle = \"Publications\"\n+++\n");
        foreach (var (name, body) in pages)
        {
            var dir = Path.Combine(content, "publication", name);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "index.md"), "+++\ntitle = \"t\"\n+++\n" + body, new UTF8Encoding(false));
        }
        Directory.CreateDirectory(Path.Combine(content, "publication", "other-2020"));
        File.WriteAllText(Path.Combine(content, "publication", "other-2020", "index.md"), "+++\ntitle = \"Other\"\n+++\nx\n");
        return RunTool("/usr/bin/python3", root, Path.Combine(OraclesFolder(), "zola-check.py"), content, "--zola-errors-only");
    }
}
