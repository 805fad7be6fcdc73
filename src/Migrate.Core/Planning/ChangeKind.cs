namespace Migrate.Core.Planning;

/// <summary>What a run would do to one output file (the report's "action").</summary>
public enum ChangeKind
{
    /// <summary>The file does not exist; the run creates it.</summary>
    Create,

    /// <summary>The file is what <c>migrate</c> last wrote and the plan now wants other bytes.</summary>
    Modify,

    /// <summary>An earlier run wrote it, the plan no longer produces it, and it is unedited: removed with <c>--prune</c>.</summary>
    Delete,

    /// <summary>The file already holds exactly the planned bytes.</summary>
    Unchanged,

    /// <summary>The file is not <c>migrate</c>'s to change: a user wrote or edited it. Replaced only with <c>--force</c>.</summary>
    Conflict,
}
