using System.Buffers;
using System.Text;
using System.Text.Json;
using CsCheck;
using Migrate.Core.Writing.Json;

namespace Migrate.Tests.Writing.Json;

/// <summary>
/// The oracle is Utf8JsonWriter itself: the same value written compact and then re-indented must equal the same
/// value written indented by the writer (with the options publications.json uses), at the depth it is nested at.
/// </summary>
public sealed class CompactJsonIndenterTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"a":[],"b":{},"c":[{}],"d":[[]]}""")]
    [InlineData("""{"s":"brackets [ ] { } , : inside","q":"a \"quoted\" \\ back\\slash \" , ]","u":"ünï 😀 \u2028"}""")]
    [InlineData("""[1,-2.5e3,true,false,null,"x",{"k":[1,[2,[3]]]}]""")]
    [InlineData("""{"":"","\"":"\\"}""")]
    public void IndentsLikeTheIndentedWriterForHandPickedDocuments(string json)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var depth in new[] { 0, 1, 2, 5 })
        {
            AssertSameAsWriter(w => doc.RootElement.WriteTo(w), depth);
        }
    }

    [Fact]
    public void IndentsLikeTheIndentedWriterForRandomDocuments()
    {
        Gen.Select(Gen.Int, Gen.Int[0, 4]).Sample((seed, depth) =>
        {
            // A fresh Random per write: both writes must see the same document.
            AssertSameAsWriter(w => WriteRandom(w, new Random(seed), 0), depth);
        }, iter: 500);
    }

    private static void AssertSameAsWriter(Action<Utf8JsonWriter> write, int depth)
    {
        var compact = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(compact, PublicationJson.WriterOptions(indented: false)))
        {
            write(w);
        }

        // What the indented writer produces for the value when it sits `depth` arrays deep.
        var expected = new ArrayBufferWriter<byte>();
        int prefix;
        using (var w = new Utf8JsonWriter(expected, PublicationJson.WriterOptions()))
        {
            for (var i = 0; i < depth; i++)
            {
                w.WriteStartArray();
            }
            w.Flush();
            prefix = expected.WrittenCount + (depth > 0 ? 1 + depth * 2 : 0); // the element's newline and indentation
            write(w);
            w.Flush();
        }
        var expectedText = Encoding.UTF8.GetString(expected.WrittenSpan[prefix..]);

        var length = CompactJsonIndenter.IndentedLength(compact.WrittenSpan, depth);
        var actual = new byte[length];
        Assert.Equal(length, CompactJsonIndenter.Indent(compact.WrittenSpan, depth, actual));
        Assert.Equal(expectedText, Encoding.UTF8.GetString(actual));
    }

    private static readonly string[] Strings = { "", "plain", "with \"quotes\"", "back\\slash\\", "[{,:}]", "tab\tnew\nline", "ünï 😀", "<&>'" };

    private static void WriteRandom(Utf8JsonWriter w, Random random, int level)
    {
        var pick = level >= 5 ? random.Next(4) : random.Next(6);
        switch (pick)
        {
            case 0: w.WriteStringValue(Strings[random.Next(Strings.Length)]); break;
            case 1: w.WriteNumberValue(random.Next(-1000, 1000) / 8.0); break;
            case 2: w.WriteBooleanValue(random.Next(2) == 0); break;
            case 3: w.WriteNullValue(); break;
            case 4:
                w.WriteStartArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    WriteRandom(w, random, level + 1);
                }
                w.WriteEndArray();
                break;
            default:
                w.WriteStartObject();
                for (var i = random.Next(4); i > 0; i--)
                {
                    w.WritePropertyName(Strings[random.Next(Strings.Length)] + i);
                    WriteRandom(w, random, level + 1);
                }
                w.WriteEndObject();
                break;
        }
    }
}
