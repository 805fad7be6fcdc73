namespace Migrate.Core.Transforms.Body;

/// <summary>
/// What <see cref="BodyScanner"/> found in a body: the code regions (sorted by start), the raw HTML regions
/// (blocks and inline tags; Hugo expands shortcodes there, so they are not code) and every link destination.
/// </summary>
public sealed class BodyScan
{
    public BodyScan(IReadOnlyList<CodeRegion> code, IReadOnlyList<SourceRange> html, IReadOnlyList<BodyLink> links)
    {
        Code = code;
        _codeRanges = new SortedRanges(code.Select(c => c.Range));
        _htmlRanges = new SortedRanges(html);
        Html = html;
        Links = links;
    }

    private readonly SortedRanges _codeRanges;
    private readonly SortedRanges _htmlRanges;

    public IReadOnlyList<CodeRegion> Code { get; }

    public IReadOnlyList<SourceRange> Html { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>True when <paramref name="offset"/> lies inside fenced, indented or inline code.</summary>
    public bool IsInCode(int offset) => _codeRanges.Contains(offset);

    /// <summary>True when a code region starts strictly between the two offsets.</summary>
    public bool CodeStartsBetween(int after, int before) => _codeRanges.AnyStartsBetween(after, before);

    /// <summary>True when <paramref name="offset"/> lies inside a raw HTML block or inline tag.</summary>
    public bool IsInHtml(int offset) => _htmlRanges.Contains(offset);
}
