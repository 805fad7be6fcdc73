using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// A region of the TOML text whose comments stay inside it: the whole document (id 0), or an inline array /
/// inline table between its brackets. Offsets are 0-based character offsets into the front-matter content.
/// </summary>
internal sealed class TomlLayoutContainer
{
    public TomlLayoutContainer(int id, int openOffset, int closeOffset, List<CommentLine> endComments, TomlLayoutSlot? owner)
    {
        Id = id;
        OpenOffset = openOffset;
        CloseOffset = closeOffset;
        EndComments = endComments;
        Owner = owner;
    }

    public int Id { get; }

    /// <summary>Offset of <c>[</c> / <c>{</c> (-1 for the document).</summary>
    public int OpenOffset { get; }

    /// <summary>Offset of <c>]</c> / <c>}</c> (int.MaxValue for the document).</summary>
    public int CloseOffset { get; }

    /// <summary>Where comments after the last slot go (the sequence's/mapping's EndComments, or the document's).</summary>
    public List<CommentLine> EndComments { get; }

    /// <summary>The slot whose value this container is (null for the document).</summary>
    public TomlLayoutSlot? Owner { get; }

    /// <summary>Slots directly inside this container, in text order.</summary>
    public List<TomlLayoutSlot> Slots { get; } = new();

    public bool Contains(int offset) => OpenOffset < offset && offset < CloseOffset;
}
