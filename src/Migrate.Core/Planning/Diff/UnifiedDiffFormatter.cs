using System.Text;
using DiffPlex;

namespace Migrate.Core.Planning.Diff;

/// <summary>
/// Writes one file's change as a git-style unified diff that <c>git apply</c> accepts: the <c>diff --git</c>
/// header (with <c>new file mode</c> / <c>deleted file mode</c> and an <c>index</c> line), <c>---</c>/<c>+++</c>
/// with <c>/dev/null</c> for a missing side, hunks with <see cref="UnifiedDiffOptions.ContextLines"/> lines of
/// context, <c>\ No newline at end of file</c>, and line endings kept (a CRLF→LF change is a changed line).
/// Binary content (a NUL byte, or not valid UTF-8) becomes <c>Binary files … differ</c> or a git binary patch.
/// The line diff is DiffPlex's LCS; the hunk text is ours, because DiffPlex's UnidiffRenderer writes patches
/// git rejects (see docs/libraries.md §6).
/// </summary>
public sealed class UnifiedDiffFormatter
{
    private const string FileMode = "100644";
    private const string NoNewline = "\\ No newline at end of file";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public UnifiedDiffFormatter(UnifiedDiffOptions? options = null)
    {
        Options = options ?? UnifiedDiffOptions.Default;
        if (Options.ContextLines < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ContextLines must not be negative.");
        }
    }

    public UnifiedDiffOptions Options { get; }

    /// <summary>
    /// The patch turning <paramref name="oldBytes"/> at <paramref name="pathA"/> into <paramref name="newBytes"/> at
    /// <paramref name="pathB"/> (paths relative, '/'-separated, without the <c>a/</c>/<c>b/</c> prefix; null bytes =
    /// the file does not exist on that side). Empty when both sides are equal.
    /// </summary>
    public string Format(string pathA, string pathB, byte[]? oldBytes, byte[]? newBytes)
    {
        var sb = new StringBuilder();
        Append(sb, pathA, pathB, oldBytes, newBytes);
        return sb.ToString();
    }

    /// <summary>Appends the patch (see <see cref="Format"/>) to <paramref name="sb"/>.</summary>
    public void Append(StringBuilder sb, string pathA, string pathB, byte[]? oldBytes, byte[]? newBytes)
    {
        if (oldBytes is null && newBytes is null)
        {
            return;
        }
        if (oldBytes is not null && newBytes is not null && pathA == pathB && oldBytes.AsSpan().SequenceEqual(newBytes))
        {
            return;
        }

        var oldText = oldBytes is null ? "" : TryDecodeText(oldBytes);
        var newText = newBytes is null ? "" : TryDecodeText(newBytes);
        var binary = oldText is null || newText is null;
        var fullIndex = binary && Options.BinaryPatches;

        var nameA = GitPathQuoting.Quote("a/", pathA);
        var nameB = GitPathQuoting.Quote("b/", pathB);
        Meta(sb, $"diff --git {nameA} {nameB}");
        if (oldBytes is null)
        {
            Meta(sb, $"new file mode {FileMode}");
        }
        else if (newBytes is null)
        {
            Meta(sb, $"deleted file mode {FileMode}");
        }
        var oldId = GitObjectId.OfBlob(oldBytes);
        var newId = GitObjectId.OfBlob(newBytes);
        if (!fullIndex)
        {
            oldId = oldId[..7];
            newId = newId[..7];
        }
        Meta(sb, oldBytes is not null && newBytes is not null ? $"index {oldId}..{newId} {FileMode}" : $"index {oldId}..{newId}");

        var labelA = oldBytes is null ? "/dev/null" : nameA;
        var labelB = newBytes is null ? "/dev/null" : nameB;
        if (binary)
        {
            if (Options.BinaryPatches)
            {
                Meta(sb, "GIT binary patch");
                GitBinaryPatch.AppendLiteral(sb, newBytes ?? []);
                GitBinaryPatch.AppendLiteral(sb, oldBytes ?? []);
            }
            else
            {
                Meta(sb, $"Binary files {labelA} and {labelB} differ");
            }
            return;
        }

        // git writes no ---/+++ lines (and no hunk) when an empty file is created or deleted.
        if (oldText!.Length == 0 && newText!.Length == 0)
        {
            return;
        }
        // git appends a tab to a ---/+++ line whose name contains a space, so that patch(1) finds the name's end.
        Meta(sb, $"--- {labelA}{(labelA.Contains(' ') ? "\t" : "")}");
        Meta(sb, $"+++ {labelB}{(labelB.Contains(' ') ? "\t" : "")}");
        AppendHunks(sb, oldText, newText!);
    }

    /// <summary>
    /// Header and <c>Binary files … differ</c> for a file whose bytes are not at hand (too large to load): says
    /// that it changes, but cannot be applied by <c>git apply</c>.
    /// </summary>
    public void AppendDiffersOnly(StringBuilder sb, string path, bool oldExists, bool newExists)
    {
        var nameA = GitPathQuoting.Quote("a/", path);
        var nameB = GitPathQuoting.Quote("b/", path);
        Meta(sb, $"diff --git {nameA} {nameB}");
        if (!oldExists)
        {
            Meta(sb, $"new file mode {FileMode}");
        }
        else if (!newExists)
        {
            Meta(sb, $"deleted file mode {FileMode}");
        }
        Meta(sb, $"Binary files {(oldExists ? nameA : "/dev/null")} and {(newExists ? nameB : "/dev/null")} differ");
    }

    /// <summary>True when git-style diffing cannot show the bytes as text: a NUL byte, or not valid UTF-8.</summary>
    public static bool IsBinary(byte[] content) => TryDecodeText(content) is null;

    /// <summary>The text of <paramref name="bytes"/> (a BOM kept as U+FEFF), or null when it is binary.</summary>
    private static string? TryDecodeText(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            return null;
        }
        try
        {
            // GetString never strips a BOM, so the round trip to bytes is exact.
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private void AppendHunks(StringBuilder sb, string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, GitLineChunker.Instance);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var blocks = result.DiffBlocks;
        var ctx = Options.ContextLines;

        var first = 0;
        while (first < blocks.Count)
        {
            // A hunk takes every following block whose gap of common lines is at most 2*ctx (git and GNU diff
            // merge such hunks, since their contexts would touch or overlap).
            var last = first;
            while (last + 1 < blocks.Count &&
                   blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ctx)
            {
                last++;
            }

            var head = blocks[first];
            var tail = blocks[last];
            var prevEndA = first == 0 ? 0 : blocks[first - 1].DeleteStartA + blocks[first - 1].DeleteCountA;
            var lead = Math.Min(ctx, head.DeleteStartA - prevEndA);
            var tailEndA = tail.DeleteStartA + tail.DeleteCountA;
            var tailEndB = tail.InsertStartB + tail.InsertCountB;
            var trail = Math.Min(ctx, Math.Min(a.Count - tailEndA, b.Count - tailEndB));

            var aStart = head.DeleteStartA - lead;
            var bStart = head.InsertStartB - lead;
            var aLen = tailEndA + trail - aStart;
            var bLen = tailEndB + trail - bStart;
            Fragment(sb, $"@@ -{Range(aStart, aLen)} +{Range(bStart, bLen)} @@");

            var posA = aStart;
            for (var i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; posA < block.DeleteStartA; posA++)
                {
                    Line(sb, ' ', a[posA]);
                }
                for (var k = 0; k < block.DeleteCountA; k++)
                {
                    Line(sb, '-', a[block.DeleteStartA + k]);
                }
                for (var k = 0; k < block.InsertCountB; k++)
                {
                    Line(sb, '+', b[block.InsertStartB + k]);
                }
                posA = block.DeleteStartA + block.DeleteCountA;
            }
            for (; posA < tailEndA + trail; posA++)
            {
                Line(sb, ' ', a[posA]);
            }
            first = last + 1;
        }
    }

    /// <summary>Unified range: "start,len" with 1-based start, "start" alone when len is 1, "k,0" for an empty range after line k.</summary>
    private static string Range(int start, int length) => length switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{length}",
    };

    private void Line(StringBuilder sb, char marker, string piece)
    {
        var hasNewline = piece.EndsWith('\n');
        var body = hasNewline ? piece[..^1] : piece;
        var colour = marker switch { '-' => AnsiOld, '+' => AnsiNew, _ => null };
        if (Options.Color && colour is not null)
        {
            sb.Append(colour).Append(marker).Append(body).Append(AnsiReset).Append('\n');
        }
        else
        {
            sb.Append(marker).Append(body).Append('\n');
        }
        if (!hasNewline)
        {
            sb.Append(NoNewline).Append('\n');
        }
    }

    private void Meta(StringBuilder sb, string line) => Coloured(sb, AnsiMeta, line);

    private void Fragment(StringBuilder sb, string line) => Coloured(sb, AnsiFragment, line);

    private void Coloured(StringBuilder sb, string colour, string line)
    {
        if (Options.Color)
        {
            sb.Append(colour).Append(line).Append(AnsiReset).Append('\n');
        }
        else
        {
            sb.Append(line).Append('\n');
        }
    }

    // git's default diff colours: meta bold, frag cyan, old red, new green; "ESC[m" resets.
    internal const string AnsiMeta = "\u001b[1m";
    internal const string AnsiFragment = "\u001b[36m";
    internal const string AnsiOld = "\u001b[31m";
    internal const string AnsiNew = "\u001b[32m";
    internal const string AnsiReset = "\u001b[m";
}
