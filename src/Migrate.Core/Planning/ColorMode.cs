namespace Migrate.Core.Planning;

/// <summary>Whether rendered output carries ANSI colour. The CLI maps <c>--color auto</c>, NO_COLOR and TTY detection onto this.</summary>
public enum ColorMode
{
    Never,
    Always,
}
