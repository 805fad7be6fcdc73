using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Tests.Reading.Hugo;

public sealed class HugoDatesTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TheoryData<string, string> DateProbes()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Directory.GetFiles(ProbeFrontMatter.ProbePath("dates", "content", "publication"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f), "utc");
            data.Add(Path.GetFileName(f), "new-york");
        }
        return data;
    }

    /// <summary>
    /// Every date shape of testdata/hugo-probes/dates (one page per shape, quoted and bare, YAML and TOML) reads as
    /// Hugo 0.111.3 printed .Date for it, in UTC and under timeZone = "America/New_York".
    /// </summary>
    [Theory]
    [MemberData(nameof(DateProbes))]
    public void DateShapeReadsAsHugoPrintedIt(string file, string zoneName)
    {
        var scalar = ProbeDateScalar(file, out var format);
        var zone = zoneName == "utc" ? TimeZoneInfo.Utc : NewYork;
        var expected = OracleJson.Page($"dates/expected-{zoneName}.json", "publication/" + file);
        var hugoParsedIt = expected["params"]!.AsObject().ContainsKey("date");

        var date = HugoDates.Read(scalar, zone, format);
        var time = HugoDates.ReadTime(scalar, zone, format);

        Assert.Equal(hugoParsedIt, time is not null);
        Assert.Equal((string)expected["date"]!, time?.Time.ToRfc3339Nano() ?? HugoPageViewBuilder.ZeroDate);
        if (hugoParsedIt && !((string)expected["date"]!).StartsWith("0000", StringComparison.Ordinal))
        {
            Assert.Equal(DateTimeOffset.Parse((string)expected["date"]!).UtcTicks / 10, date.Value!.Value.UtcTicks / 10);
        }
        else
        {
            Assert.Null(date.Value);
        }
        Assert.Equal(scalar.Value, date.Raw);
    }

    [Theory]
    // value, kind, HasTime, HasOffset, calendar day
    [InlineData("2020-08-10", ScalarKind.Timestamp, false, false, "2020-08-10")]
    [InlineData("2020-08-10T00:00:00Z", ScalarKind.String, true, true, "2020-08-10")]
    [InlineData("2020-01-01 10:00:00", ScalarKind.Timestamp, true, false, "2020-01-01")]
    [InlineData("2019-12-03T11:02:28+02:00", ScalarKind.String, true, true, "2019-12-03")]
    [InlineData("Mon, 10 Aug 2020 13:45:00 GMT", ScalarKind.String, true, false, "2020-08-10")]
    [InlineData("10 Aug 2020", ScalarKind.String, false, false, "2020-08-10")]
    [InlineData("2020", ScalarKind.Integer, true, true, null)]
    public void ReadKeepsWhatTheAuthorWrote(string value, ScalarKind kind, bool hasTime, bool hasOffset, string? day)
    {
        var date = HugoDates.Read(new FrontMatterScalar(value, kind), TimeZoneInfo.Utc);

        Assert.NotNull(date.Value);
        Assert.Equal(value, date.Raw);
        Assert.Equal(hasTime, date.HasTime);
        Assert.Equal(hasOffset, date.HasOffset);
        Assert.Equal(day is null ? null : DateOnly.Parse(day), date.CalendarDay);
    }

    [Fact]
    public void ATomlLocalDateIsMidnightInTheSiteZoneAndKeepsItsDay()
    {
        // dates/expected-new-york.json, probe t01: date = 2017-01-01 → 2017-01-01T00:00:00-05:00.
        var date = HugoDates.Read(new FrontMatterScalar("2017-01-01", ScalarKind.LocalDate), NewYork, FrontMatterFormat.Toml);

        Assert.Equal(new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)), date.Value);
        Assert.Equal(new DateOnly(2017, 1, 1), date.CalendarDay);
        Assert.False(date.HasTime);
    }

    [Theory]
    [InlineData("2016-3-26")]        // jaspershen__shen shape; Go's 01 layout needs two digits
    [InlineData("2017-08-1T00:00:00Z")]
    [InlineData("2021-31-01")]
    [InlineData("2020-08-10T13:45")]
    [InlineData("2020-08-10t13:45:00z")]
    [InlineData("not a date")]
    public void ShapesHugoCannotReadHaveNoValue(string value)
    {
        var date = HugoDates.Read(FrontMatterScalar.String(value), TimeZoneInfo.Utc);

        Assert.Null(date.Value);
        Assert.Equal(value, date.Raw);
        Assert.Null(date.CalendarDay);
    }

    /// <summary>Date-only strings in every valid day of 1999-2001 read as UTC midnight of that day (Go's 2006-01-02 layout).</summary>
    [Fact]
    public void EveryZeroPaddedCalendarDayReadsAsItsMidnight()
    {
        for (var d = new DateOnly(1999, 1, 1); d <= new DateOnly(2001, 12, 31); d = d.AddDays(1))
        {
            var text = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var date = HugoDates.Read(new FrontMatterScalar(text, ScalarKind.Timestamp), TimeZoneInfo.Utc);
            Assert.Equal(new DateTimeOffset(d.Year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero), date.Value);
        }
    }

    private static FrontMatterScalar ProbeDateScalar(string file, out FrontMatterFormat format)
    {
        var path = ProbeFrontMatter.ProbePath("dates", "content", "publication", file);
        if (file == "y61-tab-after-colon.md")
        {
            // YamlDotNet rejects a tab after the colon; Hugo's YAML library reads it as the plain scalar 2018-07-27.
            format = FrontMatterFormat.Yaml;
            return new FrontMatterScalar("2018-07-27", ScalarKind.Timestamp);
        }
        var doc = ProbeFrontMatter.Load(path);
        format = doc.Format;
        return HugoValueReader.Resolve(doc.Root.Get("date")!) as FrontMatterScalar
            ?? throw new InvalidOperationException(file);
    }
}
