namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Non-overlapping ranges kept sorted by start, with logarithmic lookups (bodies can hold thousands of code spans,
/// links and shortcodes; linear scans per lookup made conversion quadratic).
/// </summary>
internal sealed class SortedRanges
{
    private readonly List<SourceRange> _ranges = new();

    public SortedRanges()
    {
    }

    /// <summary>Builds from ranges that do not overlap (sorted here).</summary>
    public SortedRanges(IEnumerable<SourceRange> ranges)
    {
        _ranges.AddRange(ranges);
        _ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public int Count => _ranges.Count;

    /// <summary>Index of the last range starting at or before <paramref name="offset"/>, or -1.</summary>
    private int LastStartingAtOrBefore(int offset)
    {
        int lo = 0, hi = _ranges.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ranges[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    public bool Contains(int offset)
    {
        var i = LastStartingAtOrBefore(offset);
        return i >= 0 && _ranges[i].Contains(offset);
    }

    /// <summary>True when some range starts strictly between <paramref name="after"/> and <paramref name="before"/>.</summary>
    public bool AnyStartsBetween(int after, int before)
    {
        var i = LastStartingAtOrBefore(after) + 1;
        return i < _ranges.Count && _ranges[i].Start < before;
    }

    /// <summary>True when <paramref name="range"/> shares an offset with a stored range.</summary>
    public bool Overlaps(SourceRange range)
    {
        var i = LastStartingAtOrBefore(range.End - 1);
        // Stored ranges do not overlap each other, so only the last one starting before range.End can reach into it.
        return i >= 0 && _ranges[i].End > range.Start && _ranges[i].Start < range.End;
    }

    /// <summary>True when a stored range contains <paramref name="offset"/> strictly inside (not at its start).</summary>
    public bool StrictlyInside(int offset)
    {
        var i = LastStartingAtOrBefore(offset - 1);
        return i >= 0 && _ranges[i].Start < offset && offset < _ranges[i].End;
    }

    public void Add(SourceRange range)
    {
        var i = LastStartingAtOrBefore(range.Start) + 1;
        _ranges.Insert(i, range);
    }
}
