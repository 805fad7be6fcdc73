using Migrate.Core.Diagnostics;
using static Migrate.Tests.Reading.FrontMatter.TomlTestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>What the TOML reader refuses (and what it must not refuse), matched against Hugo 0.111.3.</summary>
public sealed class TomlErrorTests
{
    [Theory]
    // Plain syntax errors, reported at the FILE line (content starts on line 5 here).
    [InlineData("title = \"unterminated\nb = 1\n", 5, 22)]
    [InlineData("a = 1\nb = \n", 6, 5)]
    [InlineData("a = 1\n[table\nc = 1\n", 6, 7)]
    [InlineData("a = 1\n= 2\n", 6, 1)]
    [InlineData("a = 1 2\n", 5, 7)]
    // Hugo: "toml: key a is already defined" / "toml: table t already exists".
    [InlineData("a = 1\na = 2\n", 6, 1)]
    [InlineData("[t]\nx = 1\n[t]\ny = 2\n", 7, 1)]
    [InlineData("a = 1\na.b = 2\n", 6, 1)]
    [InlineData("[t]\nx = 1\n[t.x]\n", 7, 1)]
    [InlineData("[[t]]\n[t]\n", 6, 1)]
    // Hugo: "invalid character at start of key" (Tomlyn rejects it too).
    [InlineData("ключ = 1\n", 5, 1)]
    // Hugo: "invalid character in comment".
    [InlineData("a = 1 # a\u007fb\n", 5, 10)]
    // TOML 1.1 syntax Tomlyn accepts but Hugo's TOML 1.0 reader rejects (checked with hugo-params.sh):
    [InlineData("title = \"x\\x41\"\n", 5, 12)]          // Hugo: index.md:2:12 invalid escaped character U+0078 'x'
    [InlineData("t = 12:30\n", 5, 5)]                    // Hugo: index.md:3:5 times are expected to have the format HH:MM:SS
    [InlineData("d = 2020-08-10T12:30\n", 5, 5)]
    [InlineData("d = 2020-08-10T12:30Z\n", 5, 5)]
    [InlineData("img = {a = 1,\n b = 2}\n", 5, 7)]       // Hugo: invalid character at start of key
    [InlineData("img = {a = 1, b = 2,}\n", 5, 20)]       // Hugo: index.md:3:21 invalid character at start of key: }
    [InlineData("img = {\n}\n", 5, 7)]
    public void InvalidTomlIsASyntaxErrorAtTheFileLineAndNoDocument(string toml, int line, int column)
    {
        var (doc, bag) = ParseToml(toml, firstLine: 5);
        Assert.Null(doc);
        var error = bag.Items.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TomlSyntaxError, error.Code);
        Assert.Equal(FilePath, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    // All of these Hugo 0.111.3 reads without complaint.
    [InlineData("title = \"\\e[1m\"\n")]                                       // \e is TOML 1.1, but go-toml v2 has it
    [InlineData("a = {x = [1,\n 2], y = \"\"\"\nz\"\"\"}\n")]                     // newlines inside VALUES of an inline table
    [InlineData("t = 2020-08-10T12:00:00.123456789Z\nu = 12:00:00.123456789\n")] // nanoseconds
    [InlineData("Date = 2017-07-01\ndate2 = 2017-07-01 10:00:00\n")]
    [InlineData("a = \"x\\\\x41\"\n")]                                          // an escaped backslash followed by x
    [InlineData("a = 'x\\x41'\n")]                                              // literal strings have no escapes
    public void ValidTomlThatHugoReadsIsAccepted(string toml)
    {
        var (doc, bag) = ParseToml(toml);
        Assert.NotNull(doc);
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("a = \"\\")]          // crashed Tomlyn 2.10.2's lexer (backslash at the very end of the input)
    [InlineData("a = 1\nb = \"x\\")]
    [InlineData("a = \"\"\"\\")]
    public void ABackslashAtTheEndOfContentWithoutALineBreakIsAnErrorNotACrash(string toml)
    {
        var (doc, bag) = ParseToml(toml, firstLine: 5);
        Assert.Null(doc);
        Assert.All(bag.Items, d => Assert.Equal(DiagnosticCodes.TomlSyntaxError, d.Code));
        Assert.InRange(bag.Items[0].Line!.Value, 5, 6);
    }

    [Fact]
    public void ContentWithoutAFinalLineBreakIsReadNormally()
    {
        var doc = TomlOk("a = 1 # c\nb = \"x\"");
        Assert.Equal("x", Scalar(doc.Root.Get("b")).Value);
        Assert.Equal("# c", doc.Root.Find("a")!.TrailingComment?.Text);
        Assert.Equal("a = 1 # c\nb = \"x\"", doc.RawText);
    }

    [Fact]
    public void NanosecondDatetimesDoNotShiftTheColumnsOfWhatFollows()
    {
        var doc = TomlOk("d = [2020-08-10T12:00:00.123456789Z, \"after\"] # note\n");
        var items = Sequence(doc.Root.Get("d")).Items;
        Assert.Equal("2020-08-10T12:00:00.123456789Z", Scalar(items[0].Value).Raw);
        Assert.Equal(38, items[1].Value.Start!.Value.Column);
        Assert.Equal("# note", doc.Root.Find("d")!.TrailingComment?.Text);
    }

    [Fact]
    public void KeysThatDifferOnlyInCaseAreKeptWithAWarningBecauseHugoDoesNotKeepTheLast()
    {
        // Hugo 0.111.3: foo = 1, Foo = 2 → 2, and BAR = 1, bar = 2 → 1 (the spelling with capitals wins).
        var (doc, bag) = ParseToml("foo = 1\nFoo = 2\n[t]\nBAR = 1\nbar = 2\n");
        Assert.NotNull(doc);
        Assert.Equal(2, doc!.Root.Entries.Count(e => e.Key.Equals("foo", StringComparison.OrdinalIgnoreCase)));
        Assert.Collection(bag.Items,
            d => Assert.Equal((DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, (int?)3), (d.Code, d.Severity, d.Line)),
            d => Assert.Equal((DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, (int?)6), (d.Code, d.Severity, d.Line)));
        Assert.Contains("line 2", bag.Items[0].Message);
    }

    [Theory]
    [InlineData(63, false)]
    [InlineData(64, true)]
    [InlineData(500, true)]
    [InlineData(200_000, true)]
    public void NestedArraysDeeperThan64LevelsAreRefusedWithoutOverflowing(int arrays, bool refused)
    {
        var toml = "a = 1\nx = " + new string('[', arrays) + new string(']', arrays) + "\n";
        var (doc, bag) = ParseToml(toml);
        if (!refused)
        {
            Assert.NotNull(doc);
            Assert.Empty(bag.Items);
            return;
        }
        Assert.Null(doc);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.InRange(error.Line!.Value, 2, 3);
    }

    [Theory]
    // Root = level 1. `k0...k63 = 1` nests 63 mappings (level 64) around a scalar; a [k0...k63] header
    // makes the 64th mapping the table itself; [[k0...k61]] is 61 mappings, the sequence (63) and its item mapping (64).
    [InlineData("{0} = 1\n", 64, false)]
    [InlineData("{0} = 1\n", 65, true)]
    [InlineData("[{0}]\n", 63, false)]
    [InlineData("[{0}]\n", 64, true)]
    [InlineData("[[{0}]]\n", 62, false)]
    [InlineData("[[{0}]]\n", 63, true)]
    public void DottedKeysAndTableHeadersCountTowardsTheDepthLimit(string template, int segments, bool refused)
    {
        var key = string.Join('.', Enumerable.Range(0, segments).Select(i => "k" + i));
        var (doc, bag) = ParseToml("a = 1\n" + string.Format(template, key));
        if (refused)
        {
            Assert.Null(doc);
            var error = Assert.Single(bag.Items);
            Assert.Equal(DiagnosticCodes.NestingTooDeep, error.Code);
            Assert.Equal(3, error.Line);
        }
        else
        {
            Assert.NotNull(doc);
        }
    }
}
