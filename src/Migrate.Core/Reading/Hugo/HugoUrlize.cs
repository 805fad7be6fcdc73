namespace Migrate.Core.Reading.Hugo;

/// <summary>Hugo's <c>urlize</c> (used by the theme to match author entries to profile folders) (owner: helper "site").</summary>
public static class HugoUrlize
{
    public static string Urlize(string text) => throw new NotImplementedException();
}
