using CsCheck;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Tests.Reading.Site;

public sealed class HugoUrlizeTests
{
    /// <summary>
    /// Every row is Hugo 0.111.3's own answer: a scratch site whose home template printed
    /// <c>{{ urlize . }}</c> for each input (data file → jsonify), default config.
    /// </summary>
    public static TheoryData<string, string> HugoAnswers => new()
    {
        { "Marc Niethammer", "marc-niethammer" },
        { "admin", "admin" },
        { "Bimba Shresta", "bimba-shresta" },
        { "peirong_liu", "peirong_liu" },
        { "J. M. F. Moura", "j.-m.-f.-moura" },
        { "**Daniel Crankshaw**", "daniel-crankshaw" },
        { "*et al*", "et-al" },
        { "Yoav Goldberg*", "yoav-goldberg" },
        { "vidur=", "vidur" },
        { "Roy Schwartz'", "roy-schwartz" },
        { "O'Brien", "obrien" },
        { "  leading", "leading" },
        { " trailing ", "trailing" },
        { "trailing ", "trailing" },
        { "Ünal Çelik", "%C3%BCnal-%C3%A7elik" },
        { "José Martínez", "jos%C3%A9-mart%C3%ADnez" },
        { "Zoë Ångström", "zo%C3%AB-%C3%A5ngstr%C3%B6m" },
        { "张三", "%E5%BC%A0%E4%B8%89" },
        { "山田 太郎", "%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E" },
        { "Nguyễn Văn A", "nguy%E1%BB%85n-v%C4%83n-a" },
        { "Café", "caf%C3%A9" },
        { "C#", "c" },
        { "a#b c", "a#b-c" },
        { "a#b#c", "a#b%23c" },
        { "100%", "100" },
        { "50%25 off", "50%25-off" },
        { "%41x", "%41x" },
        { "%4a", "%4a" },
        { "a+b", "a+b" },
        { "a~b", "a~b" },
        { "a@b", "a@b" },
        { "a/b", "a/b" },
        { "a\\b", "a%5Cb" },
        { "Hello,  World!", "hello-world" },
        { "tab\u0009here", "tab-here" },
        { "new\u000aline", "new-line" },
        { "a -- b", "a--b" },
        { "a - b", "a-b" },
        { "-lead", "-lead" },
        { "trail-", "trail-" },
        { "(paren) name", "paren-name" },
        { "x & y", "x-y" },
        { "<b>Name</b>", "bname/b" },
        { "quote\"d", "quoted" },
        { "PhommachanhNilaphy ", "phommachanhnilaphy" },
        { "HeDu_Master", "hedu_master" },
        { "É", "%C3%A9" },
        { "İstanbul", "istanbul" },
        { "ǅemal", "%C7%86emal" },
        { "ß", "%C3%9F" },
        { "ΣΑΣ", "%CF%83%CE%B1%CF%83" },
        { "Ωmega", "%CF%89mega" },
        { "e\u0301", "e%CC%81" },
        { "A\u00a0B", "a-b" },
        { "A\u3000B", "a-b" },
        { "\ud83d\ude00 smile", "smile" },
        { "x\ud83d\ude00y", "xy" },
        { "//host/path", "//host/path" },
        { "/lead/slash", "/lead/slash" },
        { "...", "..." },
        { "a.b.c", "a.b.c" },
        { "Version 2.0!", "version-2.0" },
        { "me", "me" },
        { " others", "others" },
        { "Straße", "stra%C3%9Fe" },
        { "ﬁx", "%EF%AC%81x" },
        { "Ⅻ roman", "roman" },
        { "٣ arabic digit", "%D9%A3-arabic-digit" },
        { "x\u200by", "xy" },
        { "$dollar", "dollar" },
        { "semi;colon", "semicolon" },
        { "comma,x", "commax" },
        { "colon:x", "colonx" },
        { "q?x", "qx" },
        { "[brackets]", "brackets" },
        { "{braces}", "braces" },
        { "back`tick", "backtick" },
        { "^caret", "caret" },
        { "|pipe", "pipe" },
        { "a\u0085b", "a-b" },
        { "ＡＢＣ", "%EF%BD%81%EF%BD%82%EF%BD%83" },
        { "ǈ", "%C7%89" },
    };

    [Theory]
    [MemberData(nameof(HugoAnswers))]
    public void UrlizeGivesWhatHugoGives(string input, string expected) =>
        Assert.Equal(expected, HugoUrlize.Urlize(input));

    /// <summary>Hugo's Sanitize drops every space and turns runs of them into one '-', so no output has white space.</summary>
    [Fact]
    public void UrlizeNeverThrowsAndNeverKeepsWhiteSpace() =>
        Gen.String.Sample(s =>
        {
            var u = HugoUrlize.Urlize(s);
            return !u.Any(char.IsWhiteSpace);
        }, iter: 20_000);
}
