namespace Migrate.Core.Reading.FrontMatter;

/// <summary>Splits a Hugo page into front matter and body following Hugo's page lexer rules (owner: helper "yaml").</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit Split(string text) => throw new NotImplementedException();
}
