namespace Migrate.Core.Model.Publications;

/// <summary>Whether a publication is a leaf bundle (<c>&lt;slug&gt;/index.md</c> plus resources) or a single file (<c>&lt;slug&gt;.md</c>).</summary>
public enum SourceKind
{
    LeafBundle,
    SingleFile,
}
