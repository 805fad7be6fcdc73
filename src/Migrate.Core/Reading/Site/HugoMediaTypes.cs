namespace Migrate.Core.Reading.Site;

/// <summary>
/// The media type and resource type Hugo 0.111.3 reports for a bundle resource, by extension (case-insensitive).
/// Measured with the Hugo oracle on Debian 12 (Hugo's own types, then Go's <c>mime</c> table, which reads
/// <c>/etc/mime.types</c>). Hugo's content formats are <c>page</c> resources of type
/// <c>application/octet-stream</c>; a file without extension is <c>application/octet-stream</c>; an unknown
/// extension is reported by Hugo as media type <c>/</c> with an empty resource type.
/// </summary>
internal static class HugoMediaTypes
{
    public const string UnknownMediaType = "/";

    private static readonly Dictionary<string, (string MediaType, string ResourceType)> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["7z"] = ("application/x-7z-compressed", "application"),
        ["ai"] = ("application/illustrator", "application"),
        ["apk"] = ("application/vnd.android.package-archive", "application"),
        ["avi"] = ("video/x-msvideo", "video"),
        ["avif"] = ("image/avif", "image"),
        ["bak"] = ("application/x-trash", "application"),
        ["bib"] = ("text/x-bibtex", "text"),
        ["bmp"] = ("image/bmp", "image"),
        ["bz2"] = ("application/x-bzip", "application"),
        ["c"] = ("text/x-csrc", "text"),
        ["cls"] = ("text/x-tex", "text"),
        ["cpp"] = ("text/x-c", "text"),
        ["css"] = ("text/css", "text"),
        ["csv"] = ("text/csv", "text"),
        ["dmg"] = ("application/x-apple-diskimage", "application"),
        ["doc"] = ("application/msword", "application"),
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application"),
        ["eps"] = ("image/x-eps", "image"),
        ["epub"] = ("application/epub+zip", "application"),
        ["exe"] = ("application/x-ms-dos-executable", "application"),
        ["f90"] = ("text/x-fortran", "text"),
        ["flac"] = ("audio/flac", "audio"),
        ["geojson"] = ("application/geo+json", "application"),
        ["gif"] = ("image/gif", "image"),
        ["go"] = ("text/x-go", "text"),
        ["gpx"] = ("application/gpx+xml", "application"),
        ["gz"] = ("application/gzip", "application"),
        ["h"] = ("text/x-chdr", "text"),
        ["h5"] = ("application/x-hdf", "application"),
        ["heic"] = ("image/heif", "image"),
        ["heif"] = ("image/heif", "image"),
        ["ico"] = ("image/vnd.microsoft.icon", "image"),
        ["ics"] = ("text/calendar", "text"),
        ["ipynb"] = ("application/x-ipynb+json", "application"),
        ["iso"] = ("application/x-cd-image", "application"),
        ["jar"] = ("application/x-java-archive", "application"),
        ["java"] = ("text/x-java", "text"),
        ["jfif"] = ("image/jpeg", "image"),
        ["jpe"] = ("image/jpeg", "image"),
        ["jpeg"] = ("image/jpeg", "image"),
        ["jpg"] = ("image/jpeg", "image"),
        ["js"] = ("text/javascript", "text"),
        ["json"] = ("application/json", "application"),
        ["key"] = ("application/vnd.apple.keynote", "application"),
        ["kml"] = ("application/vnd.google-earth.kml+xml", "application"),
        ["kmz"] = ("application/vnd.google-earth.kmz", "application"),
        ["log"] = ("text/x-log", "text"),
        ["lua"] = ("text/x-lua", "text"),
        ["m"] = ("text/x-objcsrc", "text"),
        ["m4"] = ("application/x-m4", "application"),
        ["m4a"] = ("audio/mp4", "audio"),
        ["m4v"] = ("video/mp4", "video"),
        ["mkv"] = ("video/x-matroska", "video"),
        ["mov"] = ("video/quicktime", "video"),
        ["mp3"] = ("audio/mpeg", "audio"),
        ["mp4"] = ("video/mp4", "video"),
        ["mpeg"] = ("video/mpeg", "video"),
        ["mpg"] = ("video/mpeg", "video"),
        ["nb"] = ("application/mathematica", "application"),
        ["numbers"] = ("application/vnd.apple.numbers", "application"),
        ["odg"] = ("application/vnd.oasis.opendocument.graphics", "application"),
        ["odp"] = ("application/vnd.oasis.opendocument.presentation", "application"),
        ["ods"] = ("application/vnd.oasis.opendocument.spreadsheet", "application"),
        ["odt"] = ("application/vnd.oasis.opendocument.text", "application"),
        ["oga"] = ("audio/ogg", "audio"),
        ["ogg"] = ("audio/ogg", "audio"),
        ["ogv"] = ("video/ogg", "video"),
        ["old"] = ("application/x-trash", "application"),
        ["otf"] = ("font/otf", "font"),
        ["pages"] = ("application/vnd.apple.pages", "application"),
        ["pdf"] = ("application/pdf", "application"),
        ["pl"] = ("application/x-perl", "application"),
        ["png"] = ("image/png", "image"),
        ["ppt"] = ("application/vnd.ms-powerpoint", "application"),
        ["pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "application"),
        ["ps"] = ("application/postscript", "application"),
        ["psd"] = ("image/vnd.adobe.photoshop", "image"),
        ["py"] = ("text/x-python", "text"),
        ["rar"] = ("application/vnd.rar", "application"),
        ["rb"] = ("application/x-ruby", "application"),
        ["rs"] = ("text/rust", "text"),
        ["rtf"] = ("application/rtf", "application"),
        ["sav"] = ("application/x-spss-sav", "application"),
        ["scala"] = ("text/x-scala", "text"),
        ["sh"] = ("application/x-shellscript", "application"),
        ["sql"] = ("application/sql", "application"),
        ["sty"] = ("text/x-tex", "text"),
        ["svg"] = ("image/svg+xml", "image"),
        ["tar"] = ("application/x-tar", "application"),
        ["tex"] = ("text/x-tex", "text"),
        ["tgz"] = ("application/x-compressed-tar", "application"),
        ["tif"] = ("image/tiff", "image"),
        ["tiff"] = ("image/tiff", "image"),
        ["toml"] = ("application/toml", "application"),
        ["ts"] = ("text/typescript", "text"),
        ["tsv"] = ("text/tab-separated-values", "text"),
        ["ttf"] = ("font/ttf", "font"),
        ["txt"] = ("text/plain", "text"),
        ["vcf"] = ("text/vcard", "text"),
        ["wasm"] = ("application/wasm", "application"),
        ["wav"] = ("audio/x-wav", "audio"),
        ["webm"] = ("video/webm", "video"),
        ["webmanifest"] = ("application/manifest+json", "application"),
        ["webp"] = ("image/webp", "image"),
        ["woff"] = ("font/woff", "font"),
        ["woff2"] = ("font/woff2", "font"),
        ["xls"] = ("application/vnd.ms-excel", "application"),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application"),
        ["xml"] = ("application/xml", "application"),
        ["xz"] = ("application/x-xz", "application"),
        ["yaml"] = ("application/yaml", "application"),
        ["yml"] = ("application/yaml", "application"),
        ["zip"] = ("application/zip", "application"),
    };

    private static readonly HashSet<string> ContentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "markdown", "mdown", "html", "htm", "adoc", "asciidoc", "ad", "pandoc", "pdc", "rst", "org",
    };

    public static (string MediaType, string ResourceType) ForFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        if (dot < 0)
        {
            return ("application/octet-stream", "application");
        }
        var ext = fileName[(dot + 1)..];
        if (ContentExtensions.Contains(ext))
        {
            return ("application/octet-stream", "page");
        }
        return ByExtension.TryGetValue(ext, out var t) ? t : (UnknownMediaType, "");
    }
}
