using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Migrate.Tests.Writing.Zola;

/// <summary>
/// Parses TOML with Python's <c>tomllib</c> (a strict TOML 1.0 parser) and returns the result as JSON
/// (dates as their ISO text, inf/nan as the strings <c>inf</c>, <c>-inf</c>, <c>nan</c>). The Zola output must parse with it; python3 is installed in CI, so a missing
/// interpreter fails the test instead of skipping it.
/// </summary>
internal static class TomlLib
{
    public const string Python = "/usr/bin/python3";

    private const string Script =
        "import tomllib,sys,json,math\n" +
        "def fix(v):\n" +
        "    if isinstance(v,float) and not math.isfinite(v): return str(v)\n" +
        "    if isinstance(v,dict): return {k:fix(x) for k,x in v.items()}\n" +
        "    if isinstance(v,list): return [fix(x) for x in v]\n" +
        "    return v\n" +
        "docs=json.loads(sys.stdin.read())\n" +
        "out=[]\n" +
        "for d in docs:\n" +
        "    try:\n" +
        "        out.append({'ok':fix(tomllib.loads(d))})\n" +
        "    except Exception as e:\n" +
        "        out.append({'error':str(e)})\n" +
        "print(json.dumps(out,default=str))\n";

    /// <summary>Parses one document; fails the test with tomllib's message when it does not parse.</summary>
    public static JsonObject Parse(string toml) => ParseAll(new[] { toml })[0];

    /// <summary>Parses many documents with one Python process.</summary>
    public static IReadOnlyList<JsonObject> ParseAll(IReadOnlyList<string> tomls)
    {
        var results = Run(tomls);
        var parsed = new List<JsonObject>();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i]!.AsObject();
            if (r["error"] is { } error)
            {
                Assert.Fail($"tomllib rejects document {i}: {error}\n---\n{tomls[i]}");
            }
            parsed.Add(r["ok"]!.AsObject());
        }
        return parsed;
    }

    /// <summary>The tomllib error for a document, or null when it parses.</summary>
    public static string? Error(string toml) => Run(new[] { toml })[0]!.AsObject()["error"]?.GetValue<string>();

    private static JsonArray Run(IReadOnlyList<string> tomls)
    {
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} is required for the TOML 1.0 check (it is installed in CI)");
        }
        var psi = new ProcessStartInfo(Python, new[] { "-c", Script })
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(psi)!;
        var input = new JsonArray(tomls.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()).ToJsonString();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        var stdout = stdoutTask.Result;
        Assert.True(process.ExitCode == 0, "python3 failed: " + stderrTask.Result);
        return JsonNode.Parse(stdout)!.AsArray();
    }

    /// <summary>The TOML between the <c>+++</c> lines of a Zola page.</summary>
    public static string FrontMatter(string page)
    {
        Assert.StartsWith("+++\n", page, StringComparison.Ordinal);
        var end = page.IndexOf("\n+++\n", 3, StringComparison.Ordinal);
        Assert.True(end > 0, "no closing +++ line");
        return page[4..(end + 1)];
    }
}
