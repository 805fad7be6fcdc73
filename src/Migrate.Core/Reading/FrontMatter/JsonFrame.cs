using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>One open object or array while <see cref="JsonFrontMatterParser"/> streams, with the key awaiting its value.</summary>
internal sealed class JsonFrame
{
    public JsonFrame(FrontMatterNode node) => Node = node;

    public FrontMatterNode Node { get; }

    public string? PendingKey { get; set; }

    public string? PendingRawKey { get; set; }

    public int PendingLine { get; set; }

    public int PendingBlankLines { get; set; }
}
