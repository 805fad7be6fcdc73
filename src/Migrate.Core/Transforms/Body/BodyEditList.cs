using System.Text;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Non-overlapping edits on one body, applied by splicing: text between edits is copied as is (then escaped for the
/// target). An edit that overlaps one added earlier is refused, so callers add outer edits before inner ones.
/// </summary>
internal sealed class BodyEditList
{
    private readonly List<BodyEdit> _edits = new();
    private readonly SortedRanges _replacements = new();
    private readonly SortedSet<int> _insertions = new();

    public bool Any => _edits.Count > 0;

    /// <summary>True when a replacement already covers <paramref name="offset"/>.</summary>
    public bool IsReplaced(int offset) => _replacements.Contains(offset);

    public bool TryAdd(SourceRange range, string text, bool isLiteral = false)
    {
        if (range.Length == 0)
        {
            // An insertion conflicts only with a replacement that has the point strictly inside.
            if (_replacements.StrictlyInside(range.Start))
            {
                return false;
            }
            _insertions.Add(range.Start);
        }
        else
        {
            if (_replacements.Overlaps(range) || (range.Length > 1 && _insertions.GetViewBetween(range.Start + 1, range.End - 1).Count > 0))
            {
                return false;
            }
            _replacements.Add(range);
        }
        _edits.Add(new BodyEdit(range, text, isLiteral, _edits.Count));
        return true;
    }

    /// <summary>
    /// Splices the edits into <paramref name="source"/>. <paramref name="escapeSource"/> receives every piece of
    /// source-derived text (untouched gaps and literal edits) with its source offset.
    /// </summary>
    public string Apply(string source, Func<string, int, string> escapeSource)
    {
        var ordered = _edits
            .OrderBy(e => e.Range.Start)
            .ThenBy(e => e.Range.Length == 0 ? 0 : 1)
            .ThenBy(e => e.Sequence)
            .ToList();
        var sb = new StringBuilder(source.Length + 64);
        var pos = 0;
        foreach (var e in ordered)
        {
            if (e.Range.Start > pos)
            {
                sb.Append(escapeSource(source.Substring(pos, e.Range.Start - pos), pos));
            }
            sb.Append(e.IsLiteral ? escapeSource(e.Text, e.Range.Start) : e.Text);
            pos = Math.Max(pos, e.Range.End);
        }
        if (pos < source.Length)
        {
            sb.Append(escapeSource(source.Substring(pos), pos));
        }
        return sb.ToString();
    }
}
