using System.Reflection;
using Migrate.Core.Diagnostics;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Documentation;

public sealed class ReadmeTests
{
    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.FieldType == typeof(string))
            {
                data.Add(field.Name, (string)field.GetRawConstantValue()!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryDiagnosticCodeHasARowInTheReadmeTable(string name, string code)
    {
        var readme = File.ReadAllLines(RepositoryFiles.PathOf("README.md"));

        var row = readme.FirstOrDefault(l => l.StartsWith($"| {code} | {name} | ", StringComparison.Ordinal));

        Assert.True(row is not null, $"README.md has no table row '| {code} | {name} | meaning |'");
        Assert.True(row!.Length > $"| {code} | {name} | ".Length + 10, $"the README row for {code} has no meaning");
    }

    [Fact]
    public void TheReadmeStartsWithTheTwoCommands()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var firstBlock = readme.IndexOf("```sh", StringComparison.Ordinal);

        Assert.True(firstBlock > 0 && firstBlock < readme.IndexOf("## ", StringComparison.Ordinal));
        var block = readme[firstBlock..readme.IndexOf("```", firstBlock + 5, StringComparison.Ordinal)];
        Assert.Contains("dotnet run --project src/Migrate.Cli -- convert testdata/example-site --to json --out out/example-site-json", block);
        Assert.Contains("dotnet test", block);
    }

    [Fact]
    public void CodesAreUniqueAndInTheirRangeFormat()
    {
        var codes = Codes().Select(row => (string)row[1]).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^MIG[0-9]{3}$", c));
    }
}
