using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// What the second, comment-keeping pass over the YAML text finds: every comment, every block-sequence dash and
/// the exact start of every scalar token. It uses YamlDotNet's <see cref="Scanner"/> directly because the
/// <see cref="Parser"/> with <c>skipComments: false</c> throws on valid input (a trailing comment after a flow
/// sequence or an anchored scalar, see docs/libraries.md 1.3).
/// </summary>
internal sealed class YamlScanIndex
{
    private readonly Mark[] _blockEntryMarks;

    private YamlScanIndex(List<ScannedComment> comments, List<Mark> blockEntries, Dictionary<long, long> scalarStartByEnd)
    {
        Comments = comments;
        blockEntries.Sort((a, b) => a.Index.CompareTo(b.Index));
        _blockEntryMarks = blockEntries.ToArray();
        BlockEntries = Array.ConvertAll(_blockEntryMarks, m => m.Index);
        ScalarStartByEnd = scalarStartByEnd;
    }

    /// <summary>Comments in source order.</summary>
    public List<ScannedComment> Comments { get; }

    /// <summary>Character offsets of the <c>-</c> of every block-sequence item, ascending.</summary>
    public long[] BlockEntries { get; }

    /// <summary>Scalar token start offset (after any anchor or tag) by its end offset.</summary>
    public Dictionary<long, long> ScalarStartByEnd { get; }

    /// <summary>
    /// Scans the text the parser has already accepted; positions are mapped back to the source text. The raw scanner answers a syntax
    /// error with an endless run of error tokens, so the loop stops at the first one and at a token budget.
    /// </summary>
    public static YamlScanIndex Build(YamlTextShift shift)
    {
        var comments = new List<ScannedComment>();
        var entries = new List<Mark>();
        var scalars = new Dictionary<long, long>();
        var text = shift.Text;
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        var budget = (long)text.Length * 4 + 64;
        while (budget-- > 0 && scanner.MoveNext())
        {
            switch (scanner.Current)
            {
                case Comment c:
                    var start = shift.ToSource(c.Start);
                    comments.Add(new ScannedComment(start.Index, shift.ToSource(c.End).Index, (int)start.Line, (int)start.Column, c.IsInline));
                    break;
                case BlockEntry b:
                    entries.Add(shift.ToSource(b.Start));
                    break;
                case Scalar s:
                    scalars[shift.ToSource(s.End).Index] = shift.ToSource(s.Start).Index;
                    break;
                case Error:
                    budget = 0;
                    break;
            }
        }
        return new YamlScanIndex(comments, entries, scalars);
    }

    /// <summary>The position of the last block-sequence dash before <paramref name="index"/>, if any.</summary>
    public Mark? DashBefore(long index)
    {
        var i = Array.BinarySearch(BlockEntries, index);
        i = i >= 0 ? i - 1 : ~i - 1;
        return i >= 0 ? _blockEntryMarks[i] : null;
    }
}
