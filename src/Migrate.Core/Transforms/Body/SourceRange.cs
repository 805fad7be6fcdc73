namespace Migrate.Core.Transforms.Body;

/// <summary>A half-open range <c>[Start, Start + Length)</c> of UTF-16 offsets into a body string.</summary>
public readonly record struct SourceRange(int Start, int Length)
{
    /// <summary>The first offset after the range.</summary>
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="other"/> lies completely inside this range.</summary>
    public bool Covers(SourceRange other) => other.Start >= Start && other.End <= End;

    public static SourceRange FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start}..{End})";
}
