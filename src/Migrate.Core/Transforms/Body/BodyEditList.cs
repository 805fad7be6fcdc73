using System.Text;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Non-overlapping edits on one body, applied by splicing: text between edits is copied as is (then escaped for the
/// target). An edit that overlaps one added earlier is refused, so callers add outer edits before inner ones.
/// </summary>
internal sealed class BodyEditList
{
    private readonly List<BodyEdit> _edits = new();

    public bool Any => _edits.Count > 0;

    /// <summary>True when a replacement already covers <paramref name="offset"/> strictly inside it.</summary>
    public bool IsReplaced(int offset) => _edits.Exists(e => e.Range.Length > 0 && e.Range.Start <= offset && offset < e.Range.End);

    public bool TryAdd(SourceRange range, string text, bool isLiteral = false)
    {
        foreach (var e in _edits)
        {
            if (Overlaps(e.Range, range))
            {
                return false;
            }
        }
        _edits.Add(new BodyEdit(range, text, isLiteral, _edits.Count));
        return true;
    }

    private static bool Overlaps(SourceRange a, SourceRange b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return false;
        }
        if (a.Length == 0)
        {
            return b.Start < a.Start && a.Start < b.End;
        }
        if (b.Length == 0)
        {
            return a.Start < b.Start && b.Start < a.End;
        }
        return a.Start < b.End && b.Start < a.End;
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
