namespace Migrate.Core.Planning.Report;

/// <summary>Counts per action, how many files are pending, and diagnostic counts by severity.</summary>
public sealed record ChangeReportTotals(
    int Create,
    int Modify,
    int Delete,
    int Unchanged,
    int Conflict,
    int Pending,
    int Errors,
    int Warnings);
