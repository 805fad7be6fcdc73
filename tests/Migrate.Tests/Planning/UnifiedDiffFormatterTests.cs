using System.Text;
using CsCheck;
using System.Text.RegularExpressions;
using Migrate.Core.Planning.Diff;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class UnifiedDiffFormatterTests
{
    private static byte[] B(string s) => new UTF8Encoding(false).GetBytes(s);

    private static string Lines(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    /// <summary>Hand-made cases; the oracle for each is what real git writes for the same change.</summary>
    public static TheoryData<string, string, byte[]?, byte[]?> Cases() => new()
    {
        { "two hunks", "post.md", B(Lines(1, 30)), B("line 1\nline TWO\n" + Lines(3, 29) + "line 29.5\nline 30\n") },
        { "hunks whose contexts touch are merged", "post.md", B(Lines(1, 20)), B(Lines(1, 3) + "four\n" + Lines(5, 10) + "eleven\n" + Lines(12, 20)) },
        { "no final newline on either side", "f.md", B("a\nb\nc"), B("a\nb\nC") },
        { "final newline added", "f.md", B("a\nb"), B("a\nb\n") },
        { "final newline removed", "f.md", B("a\nb\n"), B("a\nb") },
        { "empty file gets content", "f.md", B(""), B("x\ny\n") },
        { "content becomes empty", "f.md", B("x\ny\n"), B("") },
        { "new file", "new/file.json", null, B("{\n  \"a\": 1\n}\n") },
        { "new file without final newline", "n.txt", null, B("only line") },
        { "deleted file", "old.md", B("one\ntwo\n"), null },
        { "new empty file", "empty.txt", null, B("") },
        { "deleted empty file", "empty.txt", B(""), null },
        { "CRLF-only change on one line", "f.md", B("a\r\nb\r\nc\r\n"), B("a\r\nb\nc\r\n") },
        { "whole file CRLF to LF", "f.md", B("a\r\nb\r\n"), B("a\nb\n") },
        { "whitespace-only change", "f.md", B("line 9\nx\n"), B("line 9  \nx\n") },
        { "lone CR stays inside a line", "f.md", B("a\rb\nc\n"), B("a\rB\nc\n") },
        { "BOM appears", "f.md", B("a\n"), B("\uFEFFa\n") },
        { "path with spaces", "my dir/a file.md", B("a\n"), B("b\n") },
        { "new file with spaces", "my dir/new file.md", null, B("b\n") },
        { "non-ASCII path", "café/naïve.md", B("a\n"), B("b\n") },
        { "path with a double quote", "say \"hi\".md", B("a\n"), B("b\n") },
        { "binary modified", "img.png", new byte[] { 0x89, 0x50, 0, 1, 2 }, new byte[] { 0x89, 0x50, 0, 1, 3 } },
        { "binary created", "doc.pdf", null, new byte[] { 0x25, 0x50, 0, 0xFF } },
        { "binary deleted", "doc.pdf", new byte[] { 0x25, 0x50, 0, 0xFF }, null },
        { "text becomes binary", "x.dat", B("text\n"), new byte[] { 0, 1 } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesWhatGitDiffWritesForTheSameChange(string name, string path, byte[]? oldBytes, byte[]? newBytes)
    {
        var ours = new UnifiedDiffFormatter().Format(path, path, oldBytes, newBytes);
        var git = GitDiff(path, oldBytes, newBytes, binary: false);
        Assert.True(git == ours, $"{name}\n--- git ---\n{git}\n--- ours ---\n{ours}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheBinaryPatchFormAppliesWithGitApplyAndGivesTheTarget(string name, string path, byte[]? oldBytes, byte[]? newBytes)
    {
        using var dir = new TempDirectory();
        if (oldBytes is not null)
        {
            dir.Write(path, oldBytes);
        }
        var patch = new UnifiedDiffFormatter(new UnifiedDiffOptions(BinaryPatches: true)).Format(path, path, oldBytes, newBytes);
        var r = Git.Apply(dir.Path, patch);
        Assert.True(r.ExitCode == 0, $"{name}: git apply failed: {r.StdErr}\n{patch}");
        AssertFile(dir, path, newBytes);
    }

    [Fact]
    public void TheTwoHunkCaseMatchesGnuDiffAsDocumented()
    {
        var ours = new UnifiedDiffFormatter().Format("post.md", "post.md", B(Lines(1, 30)),
            B("line 1\nline TWO\n" + Lines(3, 29) + "line 29.5\nline 30\n"));
        var body = ours[ours.IndexOf("--- ", StringComparison.Ordinal)..];
        Assert.Equal(
            "--- a/post.md\n+++ b/post.md\n" +
            "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line TWO\n line 3\n line 4\n line 5\n" +
            "@@ -27,4 +27,5 @@\n line 27\n line 28\n line 29\n+line 29.5\n line 30\n",
            body);
    }

    [Fact]
    public void EqualContentGivesNoPatchAtAll()
    {
        Assert.Equal("", new UnifiedDiffFormatter().Format("a", "a", B("x\n"), B("x\n")));
        Assert.Equal("", new UnifiedDiffFormatter().Format("a", "a", null, null));
    }

    [Fact]
    public void PlainModeWritesTheBinaryFilesDifferLineForBinaryContent()
    {
        var patch = new UnifiedDiffFormatter().Format("a.bin", "a.bin", new byte[] { 0 }, new byte[] { 1, 0 });
        Assert.EndsWith("\nBinary files a/a.bin and b/a.bin differ\n", patch);
    }

    [Fact]
    public void InvalidUtf8CountsAsBinary()
    {
        Assert.True(UnifiedDiffFormatter.IsBinary(new byte[] { (byte)'a', 0xC3, 0x28 }));
        Assert.False(UnifiedDiffFormatter.IsBinary(B("caf\u00e9\r\n")));
    }

    [Fact]
    public void ColourWrapsMetaHunkAndChangedLinesInGitsAnsiColours()
    {
        var patch = new UnifiedDiffFormatter(new UnifiedDiffOptions(Color: true)).Format("f", "f", B("a\nb\n"), B("a\nc\n"));
        Assert.Equal(
            "\u001b[1mdiff --git a/f b/f\u001b[m\n" +
            "\u001b[1mindex 422c2b7..0f7bc76 100644\u001b[m\n" +
            "\u001b[1m--- a/f\u001b[m\n" +
            "\u001b[1m+++ b/f\u001b[m\n" +
            "\u001b[36m@@ -1,2 +1,2 @@\u001b[m\n" +
            " a\n" +
            "\u001b[31m-b\u001b[m\n" +
            "\u001b[32m+c\u001b[m\n",
            patch);
    }

    [Fact]
    public void RandomTextChangesApplyWithGitApplyAndGiveExactlyTheTarget()
    {
        var vocabulary = new[] { "a", "b", "c", "", "line 9", "line 9  ", "x y", "\u00e9t\u00e9", "\t-", "+1", "a\rb", "@@ x" };
        var genText = Gen.Select(
                Gen.OneOf(vocabulary).Array[0, 12],
                Gen.OneOf("\n", "\r\n").Array[12],
                Gen.Bool)
            .Select((lines, endings, finalNewline) =>
            {
                var sb = new StringBuilder();
                for (var i = 0; i < lines.Length; i++)
                {
                    sb.Append(lines[i]);
                    if (i < lines.Length - 1 || finalNewline)
                    {
                        sb.Append(endings[i]);
                    }
                }
                return sb.ToString();
            });
        // A side is absent one time in eight (file created or deleted).
        var genSide = Gen.Frequency((7, (IGen<byte[]?>)genText.Select(t => (byte[]?)B(t))), (1, Gen.Const((byte[]?)null)));
        var paths = new[] { "plain.md", "sub dir/with space.md", "caf\u00e9/n.json", "deep/a/b/c.txt" };
        var genCase = Gen.Select(genSide.Array[paths.Length], genSide.Array[paths.Length]);

        genCase.Sample((olds, news) =>
        {
            using var dir = new TempDirectory();
            var patch = new StringBuilder();
            var formatter = new UnifiedDiffFormatter();
            for (var i = 0; i < paths.Length; i++)
            {
                if (olds[i] is { } o)
                {
                    dir.Write(paths[i], o);
                }
                formatter.Append(patch, paths[i], paths[i], olds[i], news[i]);
            }
            if (patch.Length > 0)
            {
                var r = Git.Apply(dir.Path, patch.ToString());
                Assert.True(r.ExitCode == 0, $"git apply failed: {r.StdErr}\n{patch}");
            }
            for (var i = 0; i < paths.Length; i++)
            {
                AssertFile(dir, paths[i], news[i]);
            }
        }, iter: 100, threads: 1);
    }

    internal static void AssertFile(TempDirectory dir, string path, byte[]? expected)
    {
        var full = dir.Combine(path);
        if (expected is null)
        {
            Assert.False(File.Exists(full), $"{path} should not exist");
        }
        else
        {
            Assert.True(File.Exists(full), $"{path} should exist");
            Assert.Equal(expected, File.ReadAllBytes(full));
        }
    }

    /// <summary>What `git diff --cached` prints for the change, minus the function-name text git adds after "@@ ... @@".</summary>
    private static string GitDiff(string path, byte[]? oldBytes, byte[]? newBytes, bool binary)
    {
        using var dir = new TempDirectory();
        Git.Init(dir.Path);
        if (oldBytes is not null)
        {
            dir.Write(path, oldBytes);
        }
        Check(Git.Run(dir.Path, null, "add", "-A"));
        Check(Git.Run(dir.Path, null, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "old"));
        if (newBytes is null)
        {
            File.Delete(dir.Combine(path));
        }
        else
        {
            dir.Write(path, newBytes);
        }
        Check(Git.Run(dir.Path, null, "add", "-A"));
        var args = new List<string> { "diff", "--cached", "--no-renames", "--no-color" };
        if (binary)
        {
            args.Add("--binary");
        }
        var r = Git.Run(dir.Path, null, args.ToArray());
        Check(r);
        return Regex.Replace(r.StdOut, @"^(@@ -\S+ \+\S+ @@).*$", "$1", RegexOptions.Multiline);
    }

    private static void Check(Git.Result r) => Assert.True(r.ExitCode == 0, r.StdErr);
}
