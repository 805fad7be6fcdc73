using DiffPlex;

namespace Migrate.Core.Planning.Diff;

/// <summary>
/// Splits text into lines the way git and GNU diff do: a line ends after '\n' and keeps it (so "\r\n" stays part
/// of the line and a CRLF-only change is a changed line); a lone '\r' is an ordinary character; the text after
/// the last '\n' (if any) is a final line without newline. DiffPlex's own chunkers also split at a lone '\r',
/// which would produce lines a patch cannot express.
/// </summary>
internal sealed class GitLineChunker : IChunker
{
    public static GitLineChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text.Substring(start, end - start));
            start = end;
        }
        return lines;
    }
}
