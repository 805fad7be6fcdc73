using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

/// <summary>Invented bundle files and pages the body tests convert against.</summary>
internal static class BodyFixtures
{
    public const string Plain = "plain";
    public const string AcademicPages = "ap";
    public const string AlFolio = "alfolio";
    public const string Zola = "zola";

    public static BodyTarget Target(string name) => name switch
    {
        Plain => BodyTarget.JekyllPlain,
        AcademicPages => BodyTarget.JekyllAcademicPages,
        AlFolio => BodyTarget.JekyllAlFolio,
        Zola => BodyTarget.Zola,
        _ => BodyTarget.Json,
    };

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["featured.jpg"] = "featured.jpg",
        ["paper.pdf"] = "paper.pdf",
        ["a b.png"] = "a-b.png",
        ["clips/demo.mp4"] = "demo.mp4",
    };

    public static BodyConversionContext Context(BodyTarget target) => new()
    {
        SourcePath = "content/publication/quill-2021/index.md",
        BodyFirstLine = 8,
        ResourceUrl = name => Files.TryGetValue(name, out var n) ? "/assets/quill-2021/" + n : null,
        PageUrl = reference =>
        {
            var key = reference.Trim('/');
            if (key is "publication/other-2020" or "other-2020.md" or "publication/other-2020/index.md")
            {
                return target == BodyTarget.Zola ? "@/publication/other-2020/index.md" : "/publications/other-2020/";
            }
            return null;
        },
    };

    public static BodyConversionResult Convert(string body, string target) =>
        BodyConverter.Convert(body, Target(target), Context(Target(target)));
}
