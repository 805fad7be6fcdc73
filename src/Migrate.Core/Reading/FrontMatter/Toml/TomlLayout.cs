using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>The slots and containers the tree builder found, in text order, for <see cref="TomlCommentAttacher"/>.</summary>
internal sealed class TomlLayout
{
    public TomlLayout(FrontMatterDocument document)
    {
        Containers.Add(new TomlLayoutContainer(0, -1, int.MaxValue, document.EndComments, owner: null));
    }

    /// <summary>Index = container id; entry 0 is the document.</summary>
    public List<TomlLayoutContainer> Containers { get; } = new();

    public TomlLayoutContainer Root => Containers[0];

    public TomlLayoutSlot AddSlot(TomlLayoutContainer container, int startOffset, int startLine, int endLine, FrontMatterEntry? entry, FrontMatterSequenceItem? item)
    {
        var slot = new TomlLayoutSlot(container.Id, startOffset, startLine, endLine, entry, item);
        container.Slots.Add(slot);
        return slot;
    }

    public TomlLayoutContainer AddContainer(int openOffset, int closeOffset, List<CommentLine> endComments, TomlLayoutSlot owner)
    {
        var c = new TomlLayoutContainer(Containers.Count, openOffset, closeOffset, endComments, owner);
        Containers.Add(c);
        owner.OwnedContainer = c;
        return c;
    }
}
