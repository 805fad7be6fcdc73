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
        _codeRanges = code.Select(c => c.Range).ToList();
        Html = html;
        Links = links;
    }

    private readonly List<SourceRange> _codeRanges;

    public IReadOnlyList<CodeRegion> Code { get; }

    public IReadOnlyList<SourceRange> Html { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>True when <paramref name="offset"/> lies inside fenced, indented or inline code.</summary>
    public bool IsInCode(int offset) => Find(_codeRanges, offset);

    /// <summary>True when <paramref name="offset"/> lies inside a raw HTML block or inline tag.</summary>
    public bool IsInHtml(int offset) => Find(Html, offset);

    private static bool Find(IReadOnlyList<SourceRange> sorted, int offset)
    {
        // Regions are few per body; a linear scan keeps this simple and allocation-light.
        foreach (var r in sorted)
        {
            if (r.Start > offset)
            {
                break;
            }
            if (r.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }
}
