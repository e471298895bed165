using System.Text;
using PolicySearch.Api.Requests;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The parameters of the search page as the address gave them, so that every link (paging, facets, sort,
/// export, feed) keeps the whole state: q first, then page, then the rest in the order given. Empty values are dropped.
/// </summary>
internal sealed class PageQuery
{
    private static readonly string[] FilterNames = [.. SearchFilterParameters.Repeatable, "publishedFrom", "publishedTo", "inForceOn"];

    private readonly string _query;
    private readonly List<KeyValuePair<string, string>> _parameters;

    private PageQuery(string query, List<KeyValuePair<string, string>> parameters)
    {
        _query = query;
        _parameters = parameters;
    }

    public string Query => _query;

    public bool HasFilters => _parameters.Exists(pair => FilterNames.Contains(pair.Key, StringComparer.OrdinalIgnoreCase));

    public static PageQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in query)
        {
            if (name is "q" or "page" or "format")
            {
                continue;
            }

            parameters.AddRange(values.Where(value => !string.IsNullOrEmpty(value)).Select(value => KeyValuePair.Create(name, value!)));
        }

        return new PageQuery(query["q"].FirstOrDefault() ?? string.Empty, parameters);
    }

    /// <summary>Only a query, as the results of a plain search.</summary>
    public static PageQuery ForQuery(string query) => new(query, []);

    public string? Value(string name) => _parameters.Find(pair => pair.Key == name).Value;

    public bool Has(string name, string value) => _parameters.Contains(KeyValuePair.Create(name, value));

    public IEnumerable<string> Values(string name) => _parameters.Where(pair => pair.Key == name).Select(pair => pair.Value);

    /// <summary>The parameters other than q and the named ones, for hidden fields of a form that sets those.</summary>
    public IEnumerable<KeyValuePair<string, string>> Except(params string[] names) => _parameters.Where(pair => !names.Contains(pair.Key));

    public string Page(int page) => Build(PageLinks.Home, page, _parameters);

    /// <summary>The first page with <paramref name="value"/> added to, or taken from, the values of <paramref name="name"/>.</summary>
    public string Toggle(string name, string value)
    {
        var pair = KeyValuePair.Create(name, value);
        var parameters = _parameters.ToList();
        if (!parameters.Remove(pair))
        {
            parameters.Add(pair);
        }

        return Build(PageLinks.Home, 1, parameters);
    }

    /// <summary>The first page without any filter: the query, sort and size stay.</summary>
    public string WithoutFilters() =>
        Build(PageLinks.Home, 1, _parameters.Where(pair => !FilterNames.Contains(pair.Key, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The first page of another query, with the same filters, sort and size; a literal search becomes an understood one.</summary>
    public string WithQuery(string query) => new PageQuery(query, _parameters.Where(pair => pair.Key != "literal").ToList()).Page(1);

    /// <summary>The first page of the same query searched exactly as typed.</summary>
    public string Literal() => Build(PageLinks.Home, 1, [.. _parameters.Where(pair => pair.Key != "literal"), KeyValuePair.Create("literal", "true")]);

    /// <summary>The same search from /api/search in another format (csv, atom): every parameter but page and size.</summary>
    public string Export(string format) =>
        Build(PageLinks.ApiSearch, 1, [.. _parameters.Where(pair => pair.Key != "size"), KeyValuePair.Create("format", format)]);

    private string Build(string path, int page, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var link = new StringBuilder(path).Append("?q=").Append(PageLinks.Escape(_query));
        if (page != 1)
        {
            link.Append("&page=").Append(PageText.Number(page));
        }

        foreach (var (name, value) in parameters)
        {
            link.Append('&').Append(PageLinks.Escape(name)).Append('=').Append(PageLinks.Escape(value));
        }

        return link.ToString();
    }
}
