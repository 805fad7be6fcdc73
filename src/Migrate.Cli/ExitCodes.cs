namespace Migrate.Cli;

/// <summary>The process exit codes (README "Exit codes"). Few on purpose: scripts branch on them.</summary>
public static class ExitCodes
{
    /// <summary>Success; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>Reserved for <c>--check</c>: the output on disk differs from what a run would write.</summary>
    public const int ChangesFound = 1;

    /// <summary>Errors: bad input that stopped at least one publication, usage errors, I/O errors.</summary>
    public const int Errors = 2;
}
