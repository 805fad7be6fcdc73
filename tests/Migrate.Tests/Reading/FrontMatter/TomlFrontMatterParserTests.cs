using Migrate.Core.Model.FrontMatter;
using static Migrate.Tests.Reading.FrontMatter.TomlTestSupport;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

public sealed class TomlFrontMatterParserTests
{
    // Expected values come from the TOML 1.0 spec (decoding of strings, which token is which type).
    [Theory]
    [InlineData("\"Hello, \\\"World\\\" \\u00e9\\t!\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "Hello, \"World\" é\t!")]
    [InlineData("'C:\\Users\\nodejs'", ScalarKind.String, ScalarStyle.SingleQuoted, "C:\\Users\\nodejs")]
    [InlineData("\"\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "")]
    [InlineData("\"\"\"\nRoses are red\nViolets are blue\"\"\"", ScalarKind.String, ScalarStyle.MultiLineDoubleQuoted, "Roses are red\nViolets are blue")]
    [InlineData("\"\"\"\nThe quick \\\n    brown fox\"\"\"", ScalarKind.String, ScalarStyle.MultiLineDoubleQuoted, "The quick brown fox")]
    [InlineData("'''\nfirst\n  second \\n'''", ScalarKind.String, ScalarStyle.Literal, "first\n  second \\n")]
    [InlineData("\"$\\\\mu$m *Genus*\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "$\\mu$m *Genus*")]
    [InlineData("\"\\e[0m\"", ScalarKind.String, ScalarStyle.DoubleQuoted, "\u001b[0m")]
    [InlineData("42", ScalarKind.Integer, ScalarStyle.Plain, "42")]
    [InlineData("-17", ScalarKind.Integer, ScalarStyle.Plain, "-17")]
    [InlineData("1_000", ScalarKind.Integer, ScalarStyle.Plain, "1_000")]
    [InlineData("0xDEADbeef", ScalarKind.Integer, ScalarStyle.Plain, "0xDEADbeef")]
    [InlineData("0o755", ScalarKind.Integer, ScalarStyle.Plain, "0o755")]
    [InlineData("0b1101", ScalarKind.Integer, ScalarStyle.Plain, "0b1101")]
    [InlineData("1.10", ScalarKind.Float, ScalarStyle.Plain, "1.10")]
    [InlineData("5e+22", ScalarKind.Float, ScalarStyle.Plain, "5e+22")]
    [InlineData("-2E-2", ScalarKind.Float, ScalarStyle.Plain, "-2E-2")]
    [InlineData("inf", ScalarKind.Float, ScalarStyle.Plain, "inf")]
    [InlineData("+inf", ScalarKind.Float, ScalarStyle.Plain, "+inf")]
    [InlineData("-inf", ScalarKind.Float, ScalarStyle.Plain, "-inf")]
    [InlineData("nan", ScalarKind.Float, ScalarStyle.Plain, "nan")]
    [InlineData("-nan", ScalarKind.Float, ScalarStyle.Plain, "-nan")]
    [InlineData("true", ScalarKind.Boolean, ScalarStyle.Plain, "true")]
    [InlineData("false", ScalarKind.Boolean, ScalarStyle.Plain, "false")]
    [InlineData("1979-05-27T07:32:00Z", ScalarKind.Timestamp, ScalarStyle.Plain, "1979-05-27T07:32:00Z")]
    [InlineData("1979-05-27T00:32:00.999999-07:00", ScalarKind.Timestamp, ScalarStyle.Plain, "1979-05-27T00:32:00.999999-07:00")]
    [InlineData("1979-05-27 07:32:00z", ScalarKind.Timestamp, ScalarStyle.Plain, "1979-05-27 07:32:00z")]
    [InlineData("2017-07-01T00:00:00", ScalarKind.LocalDateTime, ScalarStyle.Plain, "2017-07-01T00:00:00")]
    [InlineData("1979-05-27t07:32:00.5", ScalarKind.LocalDateTime, ScalarStyle.Plain, "1979-05-27t07:32:00.5")]
    [InlineData("2017-07-01", ScalarKind.LocalDate, ScalarStyle.Plain, "2017-07-01")]
    [InlineData("07:32:00", ScalarKind.LocalTime, ScalarStyle.Plain, "07:32:00")]
    // Nanoseconds: valid TOML that Hugo reads (hugo-params.sh: time.Time / toml.LocalDateTime / toml.LocalTime);
    // Tomlyn alone refuses more than 7 fractional digits.
    [InlineData("2020-08-10T12:00:00.123456789Z", ScalarKind.Timestamp, ScalarStyle.Plain, "2020-08-10T12:00:00.123456789Z")]
    [InlineData("2020-08-10T12:00:00.123456789+05:30", ScalarKind.Timestamp, ScalarStyle.Plain, "2020-08-10T12:00:00.123456789+05:30")]
    [InlineData("2020-08-10T12:00:00.123456789", ScalarKind.LocalDateTime, ScalarStyle.Plain, "2020-08-10T12:00:00.123456789")]
    [InlineData("12:00:00.1234567890123", ScalarKind.LocalTime, ScalarStyle.Plain, "12:00:00.1234567890123")]
    public void ScalarsKeepTheirRawTextAndGetTheirTomlKindStyleAndDecodedValue(string toml, ScalarKind kind, ScalarStyle style, string value)
    {
        var doc = TomlOk($"before = 1\nkey = {toml} # after\nnext = \"n\"\n");
        var entry = Entry(doc.Root, "key");
        var scalar = Scalar(entry.Value);
        Assert.Equal(kind, scalar.Kind);
        Assert.Equal(style, scalar.Style);
        Assert.Equal(value, scalar.Value);
        Assert.Equal(toml, scalar.Raw);
        Assert.Equal("# after", entry.TrailingComment?.Text);
        // The entry after a multi-line value still gets its own line right.
        Assert.Equal(2 + 2 + toml.Count(c => c == '\n'), Entry(doc.Root, "next").Line);
    }

    [Fact]
    public void LocalDateTimeDateFromTheAcademicArchetypeIsALocalDateTimeNotAString()
    {
        var doc = TomlOk("title = \"T\"\ndate = 2017-07-01T00:00:00\ndraft = false\n");
        var date = Scalar(doc.Root.Get("date"));
        Assert.Equal(ScalarKind.LocalDateTime, date.Kind);
        Assert.Equal("2017-07-01T00:00:00", date.Raw);
        Assert.Equal(ScalarKind.String, Scalar(doc.Root.Get("title")).Kind);
    }

    [Theory]
    [InlineData("title = 1", "title", "title")]
    [InlineData("Date = 1", "Date", "Date")]
    [InlineData("bare-key_2 = 1", "bare-key_2", "bare-key_2")]
    [InlineData("\"key with space\" = 1", "key with space", "\"key with space\"")]
    [InlineData("\"\\u0041\\\"b\" = 1", "A\"b", "\"\\u0041\\\"b\"")]
    [InlineData("'lit\\eral' = 1", "lit\\eral", "'lit\\eral'")]
    [InlineData("\"\" = 1", "", "\"\"")]
    [InlineData("1234 = 1", "1234", "1234")]
    public void KeysAreDecodedWithOriginalCaseAndRawKeyIsExactlyAsWritten(string line, string key, string rawKey)
    {
        var doc = TomlOk(line + "\n");
        var entry = Assert.Single(doc.Root.Entries);
        Assert.Equal(key, entry.Key);
        Assert.Equal(rawKey, entry.RawKey);
        Assert.Equal(2, entry.Line);
    }

    [Fact]
    public void DottedKeysBecomeNestedBlockMappingsAndTheLeafKeepsTheWholeDottedRawKey()
    {
        var doc = TomlOk("image.caption = \"c\" # cap\n# fp\nimage . \"focal point\" = 'Smart'\nother = 1\n", firstLine: 5);
        var image = Entry(doc.Root, "image");
        Assert.Equal("image", image.RawKey);
        Assert.Equal(5, image.Line);
        Assert.Empty(image.LeadingComments);
        var map = Mapping(image.Value);
        Assert.Equal(CollectionStyle.Block, map.Style);
        Assert.Equal(new[] { "caption", "focal point" }, map.Entries.Select(e => e.Key));
        var caption = Entry(map, "caption");
        Assert.Equal("image.caption", caption.RawKey);
        Assert.Equal("# cap", caption.TrailingComment?.Text);
        var focal = Entry(map, "focal point");
        Assert.Equal("image . \"focal point\"", focal.RawKey);
        Assert.Equal(7, focal.Line);
        Assert.Equal(new[] { "# fp" }, focal.LeadingComments.Select(c => c.Text));
        Assert.Equal("Smart", Scalar(focal.Value).Value);
        Assert.Equal(new[] { "image", "other" }, doc.Root.Entries.Select(e => e.Key));
    }

    [Fact]
    public void TablesBecomeTomlTableMappingsAndNestedHeadersNestMappings()
    {
        var doc = TomlOk("title = \"t\"\n[image]\ncaption = \"\"\n[image.extra]\nq = 1\n[header]\nimage = \"h.png\"\n");
        Assert.Equal(new[] { "title", "image", "header" }, doc.Root.Entries.Select(e => e.Key));
        var image = Entry(doc.Root, "image");
        Assert.Equal(3, image.Line);
        var imageMap = Mapping(image.Value);
        Assert.Equal(CollectionStyle.TomlTable, imageMap.Style);
        Assert.Equal(new[] { "caption", "extra" }, imageMap.Entries.Select(e => e.Key));
        var extra = Entry(imageMap, "extra");
        Assert.Equal("image.extra", extra.RawKey);
        Assert.Equal(5, extra.Line);
        Assert.Equal(CollectionStyle.TomlTable, Mapping(extra.Value).Style);
        Assert.Equal("1", Scalar(Mapping(extra.Value).Get("q")).Value);
    }

    [Fact]
    public void ASuperTableDeclaredAfterItsSubTableIsOneEntryWithTheHeaderLineOfTheDeclaration()
    {
        var doc = TomlOk("[a.b]\nx = 1\n# about a\n[a]\ny = 2\n");
        var a = Assert.Single(doc.Root.Entries);
        Assert.Equal(5, a.Line);
        Assert.Equal(new[] { "# about a" }, a.LeadingComments.Select(c => c.Text));
        Assert.Equal(new[] { "b", "y" }, Mapping(a.Value).Entries.Select(e => e.Key));
    }

    [Fact]
    public void ArraysOfTablesBecomeTomlTableArraySequencesOfMappings()
    {
        var doc = TomlOk("title = \"t\"\n[[links]]\nname = \"PDF\"\nurl = \"a.pdf\"\n[links.extra]\nk = 1\n\n[[links]]\nname = \"Code\"\n");
        var links = Entry(doc.Root, "links");
        Assert.Equal(3, links.Line);
        Assert.Equal("links", links.RawKey);
        var seq = Sequence(links.Value);
        Assert.Equal(CollectionStyle.TomlTableArray, seq.Style);
        Assert.Equal(2, seq.Items.Count);
        var first = Mapping(seq.Items[0].Value);
        Assert.Equal(new[] { "name", "url", "extra" }, first.Entries.Select(e => e.Key));
        Assert.Equal(CollectionStyle.TomlTable, Mapping(first.Get("extra")).Style);
        Assert.Equal("Code", Scalar(Mapping(seq.Items[1].Value).Get("name")).Value);
    }

    [Fact]
    public void InlineArraysAndTablesAreFlowAndNest()
    {
        var doc = TomlOk("authors = [\"Ann\", 'Bob', [1, 2]]\nlinks = [{name = \"a\", url = \"u\"}, {}]\npoint = { x = 1, y.z = 2 }\n");
        var authors = Sequence(doc.Root.Get("authors"));
        Assert.Equal(CollectionStyle.Flow, authors.Style);
        Assert.Equal(new[] { "\"Ann\"", "'Bob'" }, authors.Items.Take(2).Select(i => Scalar(i.Value).Raw));
        Assert.Equal(CollectionStyle.Flow, Sequence(authors.Items[2].Value).Style);
        var links = Sequence(doc.Root.Get("links"));
        var link = Mapping(links.Items[0].Value);
        Assert.Equal(CollectionStyle.Flow, link.Style);
        Assert.Equal(new[] { "name", "url" }, link.Entries.Select(e => e.Key));
        Assert.Empty(Mapping(links.Items[1].Value).Entries);
        var point = Mapping(doc.Root.Get("point"));
        Assert.Equal(CollectionStyle.Flow, point.Style);
        var y = Mapping(point.Get("y"));
        Assert.Equal(CollectionStyle.Block, y.Style);
        Assert.Equal("y.z", Entry(y, "z").RawKey);
    }

    [Fact]
    public void LinesAndStartPositionsAreFileLinesAndOneBasedColumns()
    {
        var doc = TomlOk("a = 1\n\n  tags = [\n    \"x\",\n  ]\n", firstLine: 10);
        Assert.Equal(10, Entry(doc.Root, "a").Line);
        var tags = Entry(doc.Root, "tags");
        Assert.Equal(12, tags.Line);
        Assert.Equal(new SourcePosition(12, 10), tags.Value.Start);
        Assert.Equal(new SourcePosition(13, 5), Sequence(tags.Value).Items[0].Value.Start);
        Assert.Equal(new SourcePosition(10, 5), Entry(doc.Root, "a").Value.Start);
    }

    [Fact]
    public void DocumentKeepsFormatRawTextBlankLinesAndTrailingBlankLines()
    {
        const string content = "a = 1\n\n\n# about b\nb = 2\n[t]\n\nc = 3\n\n\n";
        var doc = TomlOk(content);
        Assert.Equal(FrontMatterFormat.Toml, doc.Format);
        Assert.Equal(content, doc.RawText);
        Assert.Equal(0, Entry(doc.Root, "a").BlankLinesBefore);
        Assert.Equal(2, Entry(doc.Root, "b").BlankLinesBefore);
        Assert.Equal(0, Entry(doc.Root, "t").BlankLinesBefore);
        Assert.Equal(1, Entry(Mapping(doc.Root.Get("t")), "c").BlankLinesBefore);
        Assert.Equal(2, doc.TrailingBlankLines);
    }

    [Fact]
    public void BlankLinesAboveALineBelongToItsFirstKeyNotToKeysInsideItsInlineTable()
    {
        var doc = TomlOk("a = 1\n\n\npoint = {x = 1, y = [\n\n  2]}\n");
        var point = Entry(doc.Root, "point");
        Assert.Equal(2, point.BlankLinesBefore);
        Assert.All(Mapping(point.Value).Entries, e => Assert.Equal(0, e.BlankLinesBefore));
    }

    [Fact]
    public void CrlfContentGivesTheSameTreeAndCommentsWithoutCarriageReturns()
    {
        const string lf = "# lead\ntitle = \"t\" # trail\n\ntags = [\n  \"a\", # item\n  # own\n]\n[image]\ncaption = '''\nx\ny'''\n# end\n";
        var unix = TomlOk(lf);
        var windows = TomlOk(lf.Replace("\n", "\r\n"));
        Assert.Equal(Describe(unix), Describe(windows));
        Assert.All(FrontMatterComments.All(windows), c => Assert.DoesNotContain('\r', c.Text));
        Assert.Equal(1, Entry(windows.Root, "tags").BlankLinesBefore);
        // A multi-line literal keeps its line breaks as written; Hugo 0.111 also reads "x\r\ny" (hugo-params.sh).
        Assert.Equal("x\r\ny", Scalar(Mapping(windows.Root.Get("image")).Get("caption")).Value);
    }

    [Fact]
    public void EmptyOrCommentOnlyContentIsAnEmptyDocument()
    {
        Assert.Empty(TomlOk("").Root.Entries);
        var doc = TomlOk("# only a comment\n\n");
        Assert.Empty(doc.Root.Entries);
        Assert.Equal(new[] { "# only a comment" }, doc.EndComments.Select(c => c.Text));
        Assert.Equal(1, doc.TrailingBlankLines);
    }

    private static string Describe(FrontMatterDocument doc)
    {
        var sb = new System.Text.StringBuilder();
        void Node(FrontMatterNode n, string indent)
        {
            switch (n)
            {
                case FrontMatterScalar s:
                    sb.Append(indent).Append(s.Kind).Append(s.Style).Append('=').Append(s.Value.Replace("\r\n", "\n")).Append('\n');
                    break;
                case FrontMatterMapping m:
                    foreach (var e in m.Entries)
                    {
                        sb.Append(indent).Append(e.Key).Append('@').Append(e.Line).Append(' ').Append(string.Join("|", e.LeadingComments)).Append(' ').Append(e.TrailingComment).Append('\n');
                        Node(e.Value, indent + "  ");
                    }
                    sb.Append(indent).Append("end:").Append(string.Join("|", m.EndComments)).Append('\n');
                    break;
                case FrontMatterSequence q:
                    foreach (var i in q.Items)
                    {
                        sb.Append(indent).Append("- ").Append(string.Join("|", i.LeadingComments)).Append(' ').Append(i.TrailingComment).Append('\n');
                        Node(i.Value, indent + "  ");
                    }
                    sb.Append(indent).Append("end:").Append(string.Join("|", q.EndComments)).Append('\n');
                    break;
            }
        }
        Node(doc.Root, "");
        sb.Append(string.Join("|", doc.EndComments));
        return sb.ToString();
    }
}
