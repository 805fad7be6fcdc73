namespace Migrate.Core.Writing.Zola;

/// <summary>
/// The minimal Tera templates written with the content so the output builds on its own (section list, page,
/// and the generic taxonomy templates every rendered taxonomy needs). A real theme replaces them; they only
/// read fields the writer always sets, and guard the optional ones with <c>if</c> (Tera fails on a missing value).
/// </summary>
internal static class ZolaTemplates
{
    public static IReadOnlyList<(string Path, string Text)> All { get; } = new[]
    {
        ("templates/section.html", Section),
        ("templates/page.html", Page),
        ("templates/taxonomy_list.html", TaxonomyList),
        ("templates/taxonomy_single.html", TaxonomySingle),
    };

    private const string Head =
        "<!doctype html>\n<html lang=\"{{ lang }}\">\n<head>\n<meta charset=\"utf-8\">\n";

    private const string Section = Head +
        "<title>{{ section.title | default(value=config.title | default(value=\"Publications\")) }}</title>\n</head>\n<body>\n" +
        "<h1>{{ section.title | default(value=\"Publications\") }}</h1>\n" +
        "{{ section.content | safe }}\n" +
        "<ul>\n{% for page in section.pages %}\n" +
        "  <li><a href=\"{{ page.permalink | safe }}\">{{ page.title | default(value=page.slug) }}</a>" +
        "{% if page.authors %} — {{ page.authors | join(sep=\", \") }}{% endif %}" +
        "{% if page.date %} ({{ page.date | date(format=\"%Y\") }}){% endif %}</li>\n" +
        "{% endfor %}\n</ul>\n</body>\n</html>\n";

    private const string Page = Head +
        "<title>{{ page.title | default(value=page.slug) }}</title>\n" +
        "{% if page.description %}<meta name=\"description\" content=\"{{ page.description }}\">{% endif %}\n</head>\n<body>\n<article>\n" +
        "<h1>{{ page.title | default(value=page.slug) }}</h1>\n" +
        "{% if page.authors %}<p class=\"authors\">{{ page.authors | join(sep=\", \") }}</p>{% endif %}\n" +
        "{% if page.date %}<p class=\"date\">{{ page.date | date(format=\"%Y-%m-%d\") }}</p>{% endif %}\n" +
        "{% if page.extra.migrate and page.extra.migrate.venue and page.extra.migrate.venue.name %}<p class=\"venue\">{{ page.extra.migrate.venue.name | markdown(inline=true) | safe }}</p>{% endif %}\n" +
        "{% if page.extra.abstract %}<h2>Abstract</h2>\n<div class=\"abstract\">{{ page.extra.abstract | markdown | safe }}</div>{% endif %}\n" +
        "{% if page.extra.migrate and page.extra.migrate.links %}<ul class=\"links\">\n" +
        "{% for link in page.extra.migrate.links %}  <li><a href=\"{{ link.url }}\">{{ link.label | default(value=link.type) }}</a></li>\n{% endfor %}</ul>{% endif %}\n" +
        "{% if page.extra.migrate and page.extra.migrate.doi_url %}<p class=\"doi\"><a href=\"{{ page.extra.migrate.doi_url }}\">{{ page.extra.migrate.doi }}</a></p>{% endif %}\n" +
        "{{ page.content | safe }}\n" +
        "{% if page.taxonomies %}<p class=\"terms\">{% for name, terms in page.taxonomies %}{% for term in terms %}" +
        "<a href=\"{{ get_taxonomy_url(kind=name, name=term, lang=page.lang) | safe }}\">{{ term }}</a> {% endfor %}{% endfor %}</p>{% endif %}\n" +
        "</article>\n</body>\n</html>\n";

    private const string TaxonomyList = Head +
        "<title>{{ taxonomy.name }}</title>\n</head>\n<body>\n<h1>{{ taxonomy.name }}</h1>\n<ul>\n" +
        "{% for term in terms %}  <li><a href=\"{{ term.permalink | safe }}\">{{ term.name }}</a> ({{ term.pages | length }})</li>\n{% endfor %}" +
        "</ul>\n</body>\n</html>\n";

    private const string TaxonomySingle = Head +
        "<title>{{ term.name }}</title>\n</head>\n<body>\n<h1>{{ taxonomy.name }}: {{ term.name }}</h1>\n<ul>\n" +
        "{% for page in term.pages %}  <li><a href=\"{{ page.permalink | safe }}\">{{ page.title | default(value=page.slug) }}</a></li>\n{% endfor %}" +
        "</ul>\n</body>\n</html>\n";
}
