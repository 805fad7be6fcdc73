namespace Migrate.Core.Planning;

/// <summary>How many output files fall under each <see cref="ChangeKind"/>.</summary>
public sealed record ChangeTotals(int Create, int Modify, int Delete, int Unchanged, int Conflict)
{
    public static ChangeTotals Of(IEnumerable<FileChange> changes)
    {
        int c = 0, m = 0, d = 0, u = 0, k = 0;
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case ChangeKind.Create: c++; break;
                case ChangeKind.Modify: m++; break;
                case ChangeKind.Delete: d++; break;
                case ChangeKind.Unchanged: u++; break;
                case ChangeKind.Conflict: k++; break;
            }
        }
        return new ChangeTotals(c, m, d, u, k);
    }
}
