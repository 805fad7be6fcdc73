using System.Text;
using Migrate.Core.Planning.Diff;

namespace Migrate.Core.Planning;

/// <summary>
/// Renders a dry run as text: the git-style patch of every file the previewed run would change, in path order;
/// then one note line per file it would not touch although it differs (conflicts without <c>--force</c>, stale
/// files without <c>--prune</c>); then the summary line, e.g. <c>3 to create, 2 to change, 1 to delete, 40
/// unchanged, 1 conflict</c>. Without colour the whole text can be piped to <c>git apply</c> inside the output
/// folder (git skips the note and summary lines). Lines end in LF; write the text as UTF-8 without BOM.
/// </summary>
public static class ChangeSetRenderer
{
    private const string AnsiNote = "\u001b[33m";

    public static string Render(ChangeSet changes, ChangeSetRenderOptions? options = null)
    {
        var sb = new StringBuilder();
        Render(changes, options, sb);
        return sb.ToString();
    }

    public static void Render(ChangeSet changes, ChangeSetRenderOptions? options, TextWriter output)
    {
        // One file at a time, so a large run never holds the whole patch in memory.
        options ??= ChangeSetRenderOptions.Default;
        var sb = new StringBuilder();
        foreach (var change in changes.Changes)
        {
            AppendPatch(sb, change, options);
            output.Write(sb);
            sb.Clear();
        }
        AppendNotes(sb, changes, options);
        sb.Append(Summary(changes, options)).Append('\n');
        output.Write(sb);
    }

    public static void Render(ChangeSet changes, ChangeSetRenderOptions? options, StringBuilder output)
    {
        using var writer = new StringWriter(output);
        Render(changes, options, writer);
    }

    /// <summary>The summary line alone (for <c>--quiet</c>), without a line break.</summary>
    public static string Summary(ChangeSet changes, ChangeSetRenderOptions? options = null)
    {
        options ??= ChangeSetRenderOptions.Default;
        int create = 0, change = 0, delete = 0, unchanged = 0, conflict = 0, stale = 0;
        foreach (var c in changes.Changes)
        {
            var pending = c.IsPending(options.Prune);
            switch (c.Kind)
            {
                case ChangeKind.Create: create++; break;
                case ChangeKind.Modify: change++; break;
                case ChangeKind.Unchanged: unchanged++; break;
                case ChangeKind.Delete when pending: delete++; break;
                case ChangeKind.Conflict when pending: conflict++; break;
                default: stale++; break;
            }
        }
        var sb = new StringBuilder($"{create} to create, {change} to change, {delete} to delete, {unchanged} unchanged");
        if (conflict > 0)
        {
            sb.Append($", {conflict} conflict{(conflict == 1 ? "" : "s")}");
            if (options.Force)
            {
                sb.Append(" overwritten");
            }
        }
        if (stale > 0)
        {
            sb.Append($", {stale} stale kept (--prune deletes unedited ones)");
        }
        return sb.ToString();
    }

    private static void AppendPatch(StringBuilder sb, FileChange c, ChangeSetRenderOptions options)
    {
        if (!c.IsPending(options.Prune) || c.Kind == ChangeKind.Unchanged)
        {
            return;
        }
        if (c.Kind == ChangeKind.Conflict && (!options.Force || c.Conflict == ConflictReason.NotARegularFile))
        {
            return; // listed as a note instead
        }
        var formatter = new UnifiedDiffFormatter(new UnifiedDiffOptions(
            BinaryPatches: options.BinaryPatches, Color: options.Color == ColorMode.Always));
        if (c.IsContentElided)
        {
            formatter.AppendDiffersOnly(sb, c.Path, c.Old is not null, c.New is not null);
        }
        else
        {
            formatter.Append(sb, c.Path, c.Path, c.Old is null ? null : c.OldBytes, c.New is null ? null : c.NewBytes);
        }
    }

    private static void AppendNotes(StringBuilder sb, ChangeSet changes, ChangeSetRenderOptions options)
    {
        foreach (var c in changes.Changes)
        {
            var pending = c.IsPending(options.Prune);
            string? note = c.Kind switch
            {
                ChangeKind.Conflict when !pending =>
                    $"stale: {c.Path} (no longer produced, edited since migrate wrote it; kept)",
                ChangeKind.Conflict when !options.Force || c.Conflict == ConflictReason.NotARegularFile =>
                    $"conflict: {c.Path} ({Describe(c)}; {(c.Conflict == ConflictReason.NotARegularFile ? "remove it by hand" : "--force overwrites it")})",
                ChangeKind.Conflict => $"conflict: {c.Path} ({Describe(c)}; overwritten because of --force)",
                ChangeKind.Delete when !pending => $"stale: {c.Path} (no longer produced; --prune deletes it)",
                _ => null,
            };
            if (note is null)
            {
                continue;
            }
            if (options.Color == ColorMode.Always)
            {
                sb.Append(AnsiNote).Append(note).Append(UnifiedDiffFormatter.AnsiReset).Append('\n');
            }
            else
            {
                sb.Append(note).Append('\n');
            }
        }
    }

    private static string Describe(FileChange c) => c.Conflict switch
    {
        ConflictReason.NotWrittenByMigrate => "exists but migrate did not write it",
        ConflictReason.EditedSinceWritten when c.New is null => "no longer produced, edited since migrate wrote it",
        ConflictReason.EditedSinceWritten => "edited since migrate wrote it",
        ConflictReason.NotARegularFile => "not a regular file",
        _ => "conflict",
    };
}
