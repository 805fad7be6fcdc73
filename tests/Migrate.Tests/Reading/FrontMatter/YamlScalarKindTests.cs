using Migrate.Core.Model.FrontMatter;
using static Migrate.Tests.Reading.FrontMatter.YamlTestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>
/// Scalar kinds as Hugo 0.111 (yaml.v2) reads them. Every Null/Boolean/Integer/Float/String row was checked with
/// shared/oracles/hugo-params.sh (paramTypes: &lt;nil&gt;, bool, int/uint64, float64, string). Timestamp rows
/// follow yaml.v2's timestamp layouts (Hugo hands all of them to Go as strings, so the oracle cannot tell them
/// apart; the String rows among the date shapes are the ones yaml.v2's layouts or Go's range checks reject).
/// </summary>
public sealed class YamlScalarKindTests
{
    [Theory]
    [InlineData("y", ScalarKind.Boolean)]
    [InlineData("Y", ScalarKind.Boolean)]
    [InlineData("n", ScalarKind.Boolean)]
    [InlineData("N", ScalarKind.Boolean)]
    [InlineData("yes", ScalarKind.Boolean)]
    [InlineData("YES", ScalarKind.Boolean)]
    [InlineData("yEs", ScalarKind.String)]
    [InlineData("on", ScalarKind.Boolean)]
    [InlineData("Off", ScalarKind.Boolean)]
    [InlineData("no", ScalarKind.Boolean)] // draft: no → false
    [InlineData("True", ScalarKind.Boolean)]
    [InlineData("tRUE", ScalarKind.String)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("Null", ScalarKind.Null)]
    [InlineData("NULL", ScalarKind.Null)]
    [InlineData("nuLL", ScalarKind.String)]
    [InlineData("12", ScalarKind.Integer)]
    [InlineData("+12", ScalarKind.Integer)]
    [InlineData("-12", ScalarKind.Integer)]
    [InlineData("-0", ScalarKind.Integer)]
    [InlineData("0755", ScalarKind.Integer)] // 493
    [InlineData("0o17", ScalarKind.Integer)]
    [InlineData("0x1F", ScalarKind.Integer)]
    [InlineData("0X1f", ScalarKind.Integer)]
    [InlineData("0x_1F", ScalarKind.Integer)]
    [InlineData("0b101", ScalarKind.Integer)]
    [InlineData("-0b101", ScalarKind.Integer)]
    [InlineData("+0b11", ScalarKind.Integer)]
    [InlineData("1_000", ScalarKind.Integer)]
    [InlineData("1__0", ScalarKind.Integer)]
    [InlineData("1_", ScalarKind.Integer)]
    [InlineData("9223372036854775808", ScalarKind.Integer)] // uint64
    [InlineData("18446744073709551616", ScalarKind.Float)]
    [InlineData("99999999999999999999", ScalarKind.Float)]
    [InlineData("08", ScalarKind.Float)] // not octal, but a float 8
    [InlineData("0o", ScalarKind.String)]
    [InlineData("0b2", ScalarKind.String)]
    [InlineData("_12", ScalarKind.String)]
    [InlineData("1,000", ScalarKind.String)]
    [InlineData("190:20:30", ScalarKind.String)] // no sexagesimal in yaml.v2
    [InlineData("1.0", ScalarKind.Float)] // float64 1
    [InlineData(".5", ScalarKind.Float)]
    [InlineData("1.", ScalarKind.Float)]
    [InlineData("0.", ScalarKind.Float)]
    [InlineData("1e3", ScalarKind.Float)]
    [InlineData("6.8523015e+5", ScalarKind.Float)]
    [InlineData("+.5", ScalarKind.Float)]
    [InlineData("1_0.5", ScalarKind.Float)]
    [InlineData(".inf", ScalarKind.Float)]
    [InlineData("-.Inf", ScalarKind.Float)]
    [InlineData(".NaN", ScalarKind.Float)]
    [InlineData(".INf", ScalarKind.String)]
    [InlineData(".e3", ScalarKind.String)]
    [InlineData("1e", ScalarKind.String)]
    [InlineData("<<", ScalarKind.String)]
    [InlineData("2020-08-10", ScalarKind.Timestamp)]
    [InlineData("2016-3-26", ScalarKind.Timestamp)]
    [InlineData("2020-08-10T12:00:00Z", ScalarKind.Timestamp)]
    [InlineData("2020-08-10t12:00:00Z", ScalarKind.Timestamp)]
    [InlineData("2021-07-26T17:36:42.745263Z", ScalarKind.Timestamp)]
    [InlineData("2019-12-03T11:02:28+02:00", ScalarKind.Timestamp)]
    [InlineData("2020-08-10 12:00:00", ScalarKind.Timestamp)]
    [InlineData("2024-05-21 00:00:00.000", ScalarKind.Timestamp)]
    [InlineData("2024-02-29", ScalarKind.Timestamp)]
    [InlineData("2021-31-01", ScalarKind.String)] // month 31: Hugo drops the date
    [InlineData("2021-02-30", ScalarKind.String)]
    [InlineData("2023-02-29", ScalarKind.String)]
    [InlineData("2020-08-10T12:00:00", ScalarKind.String)] // T form needs a zone
    [InlineData("2020-08-10 12:00:00+02:00", ScalarKind.String)] // space form takes no zone
    [InlineData("2020-08-10T24:00:00Z", ScalarKind.String)]
    [InlineData("20-08-10", ScalarKind.String)]
    [InlineData("hello", ScalarKind.String)]
    [InlineData("C# rocks", ScalarKind.String)]
    public void PlainScalarsResolveLikeHugosYamlLibrary(string plain, ScalarKind kind)
    {
        var value = (FrontMatterScalar)ParseOk($"k: {plain}\n").Root.Entries[0].Value;
        Assert.Equal(ScalarStyle.Plain, value.Style);
        Assert.Equal(plain, value.Raw);
        Assert.Equal(kind, value.Kind);
    }

    [Fact]
    public void AnEmptyValueIsNullNotAnEmptyString()
    {
        var doc = ParseOk("url_code:\nurl_pdf: ''\nlinks: \"\"\n");
        Assert.Equal(ScalarKind.Null, ((FrontMatterScalar)doc.Root.Entries[0].Value).Kind);
        Assert.Equal("", ((FrontMatterScalar)doc.Root.Entries[0].Value).Raw);
        Assert.Equal(ScalarKind.String, ((FrontMatterScalar)doc.Root.Entries[1].Value).Kind);
        Assert.Equal("''", ((FrontMatterScalar)doc.Root.Entries[1].Value).Raw);
        Assert.Equal(ScalarKind.String, ((FrontMatterScalar)doc.Root.Entries[2].Value).Kind);
    }

    [Theory]
    [InlineData("'2020-08-10'", ScalarStyle.SingleQuoted)]
    [InlineData("\"123\"", ScalarStyle.DoubleQuoted)]
    [InlineData("\"yes\"", ScalarStyle.DoubleQuoted)]
    [InlineData("|\n  true", ScalarStyle.Literal)]
    [InlineData(">\n  12", ScalarStyle.Folded)]
    public void QuotedAndBlockScalarsAreStrings(string raw, ScalarStyle style)
    {
        var value = (FrontMatterScalar)ParseOk($"k: {raw}\n").Root.Entries[0].Value;
        Assert.Equal(style, value.Style);
        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal(raw, value.Raw);
    }

    [Theory]
    [InlineData("!!str 123", "!!str", ScalarKind.String, "123")] // Hugo: string "123"
    [InlineData("!!float 1", "!!float", ScalarKind.Float, "1")] // Hugo: float64 1
    [InlineData("!custom 12", "!custom", ScalarKind.String, "12")] // Hugo: string "12"
    [InlineData("!!int \"7\"", "!!int", ScalarKind.Integer, "\"7\"")]
    public void ExplicitTagsDecideTheKind(string text, string tag, ScalarKind kind, string raw)
    {
        var value = (FrontMatterScalar)ParseOk($"k: {text}\n").Root.Entries[0].Value;
        Assert.Equal(tag, value.Tag);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(raw, value.Raw);
    }
}
