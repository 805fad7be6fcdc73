using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>
/// Runs the TOML reader over every <c>+++</c> front matter of the real-site corpus (read in place, never copied):
/// no file may fail (Hugo 0.111.3 builds all of them), every comment must land in the tree exactly once, and every
/// scalar's Raw must be the text found at its Start position.
/// </summary>
public sealed class TomlCorpusSweepTests
{
    [Fact]
    public void EveryTomlFrontMatterInTheCorpusParsesAndKeepsEveryCommentExactlyOnce()
    {
        var corpus = CorpusDirectory();
        var files = 0;
        var comments = 0;
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (ExtractToml(text) is not { } content)
            {
                continue;
            }
            files++;
            var rel = Path.GetRelativePath(corpus, file);
            var bag = new DiagnosticBag();
            var doc = TomlFrontMatterParser.Parse(content, rel, 2, bag);
            foreach (var d in bag.Items.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                failures.Add(d.ToString());
            }
            if (doc is null)
            {
                failures.Add($"{rel}: no document");
                continue;
            }

            var expected = ScanComments(content, firstLine: 2).Select(c => $"{c.Line}:{c.Text}").Order(StringComparer.Ordinal).ToList();
            var actual = FrontMatterComments.All(doc).Select(c => $"{c.Line}:{c.Text}").Order(StringComparer.Ordinal).ToList();
            comments += expected.Count;
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{rel}: comments differ; missing [{string.Join(", ", expected.Except(actual))}] extra [{string.Join(", ", actual.Except(expected))}] counts {expected.Count}/{actual.Count}");
            }
            CheckRawAtStart(doc.Root, content, rel, failures);
        }

        Assert.True(files >= 100, $"expected the corpus to hold many TOML front matters, found {files} under {corpus}");
        Assert.True(comments >= 1000, $"expected many comments, found {comments}");
        Assert.True(failures.Count == 0, $"{failures.Count} problems in {files} files:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>Walks the tree: each scalar's Raw must start at its Start position in the content.</summary>
    private static void CheckRawAtStart(FrontMatterMapping root, string content, string rel, List<string> failures)
    {
        var lines = content.Split('\n');
        var stack = new Stack<FrontMatterNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FrontMatterMapping m:
                    m.Entries.ForEach(e => stack.Push(e.Value));
                    break;
                case FrontMatterSequence s:
                    s.Items.ForEach(i => stack.Push(i.Value));
                    break;
                case FrontMatterScalar { Start: { } start } scalar:
                    var line = lines[start.Line - 2];
                    var firstRawLine = scalar.Raw.Split('\n')[0];
                    if (!line.AsSpan(start.Column - 1).StartsWith(firstRawLine, StringComparison.Ordinal))
                    {
                        failures.Add($"{rel}({start.Line},{start.Column}): raw [{firstRawLine}] not found at its start");
                    }
                    break;
            }
        }
    }

    /// <summary>The text between a first line <c>+++</c> and the next <c>+++</c> line (a stand-in for the real splitter).</summary>
    private static string? ExtractToml(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "+++")
        {
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "+++")
            {
                var sb = new StringBuilder();
                for (var j = 1; j < i; j++)
                {
                    sb.Append(lines[j]).Append('\n');
                }
                return sb.ToString();
            }
        }
        return null;
    }

    /// <summary>
    /// An independent comment scanner (a small TOML string-state machine, not Tomlyn): a '#' outside every kind of
    /// string starts a comment that runs to the end of the line.
    /// </summary>
    private static List<CommentLine> ScanComments(string content, int firstLine)
    {
        var result = new List<CommentLine>();
        var line = 0;
        var i = 0;
        string? closer = null; // the delimiter that ends the current string, null outside strings
        while (i < content.Length)
        {
            var c = content[i];
            if (closer is null)
            {
                if (c == '#')
                {
                    var end = content.IndexOf('\n', i);
                    if (end < 0)
                    {
                        end = content.Length;
                    }
                    result.Add(new CommentLine(content[i..end].TrimEnd('\r'), firstLine + line));
                    i = end;
                    continue;
                }
                if (c is '"' or '\'')
                {
                    closer = content.AsSpan(i).StartsWith(new string(c, 3)) ? new string(c, 3) : c.ToString();
                    i += closer.Length;
                    continue;
                }
            }
            else
            {
                if (c == '\\' && closer[0] == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '\n')
                    {
                        line++;
                    }
                    i += 2;
                    continue;
                }
                if (content.AsSpan(i).StartsWith(closer))
                {
                    // A multi-line string may end with up to two extra quotes ("""a"""" is a"" + closing).
                    var run = i;
                    while (run < content.Length && content[run] == closer[0])
                    {
                        run++;
                    }
                    i = closer.Length == 3 ? run : i + 1;
                    closer = null;
                    continue;
                }
            }
            if (c == '\n')
            {
                line++;
            }
            i++;
        }
        return result;
    }

    /// <summary>../shared/corpus next to the folder holding Migrate.sln, else /work/shared/corpus; fails loudly otherwise.</summary>
    private static string CorpusDirectory()
    {
        var candidates = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
            {
                candidates.Add(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus")));
                break;
            }
        }
        candidates.Add("/work/shared/corpus");
        foreach (var c in candidates)
        {
            if (Directory.Exists(c))
            {
                return c;
            }
        }
        throw new DirectoryNotFoundException("Corpus not found; looked in: " + string.Join(", ", candidates));
    }
}
