using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Hanweb (大汉) jpage paging. A column page declares its records (jpage({totalRecord: 64, perPage: 15})) and the
/// column's parameters (the nextgroup link to dataproxy.jsp?page=1&amp;columnid=…&amp;unitid=…); the data-proxy pages
/// are dataproxy.jsp?startrecord=S&amp;endrecord=E&amp;perpage=P&amp;… with S stepping by the page size up to the total.
/// </summary>
public static partial class JpagePaging
{
    public const string DefaultProxyPath = "/module/web/jpage/dataproxy.jsp";
    public const int DefaultPerPage = 15;
    private const int MaxRequests = 1000;

    /// <summary>The data-proxy pages of a column page (hrefs to resolve against it), or none when it has no jpage list.</summary>
    public static IReadOnlyList<string> ColumnPages(string html, int? perPageOverride)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("jpage", StringComparison.OrdinalIgnoreCase) && !html.Contains("dataproxy", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var total = Number(TotalRecord().Match(html));
        var (proxy, parameters) = ProxyOf(html);
        if (total is null or < 1 || !parameters.Any(p => p.Name.Equals("columnid", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var perPage = perPageOverride ?? Number(PerPage().Match(html)) ?? DefaultPerPage;
        var query = string.Join('&', parameters.Select(p => p.Name + "=" + p.Value));
        return Steps(total.Value, perPage)
            .Select(step => string.Create(CultureInfo.InvariantCulture, $"{proxy}?startrecord={step.Start}&endrecord={step.End}&perpage={perPage}&{query}"))
            .ToList();
    }

    /// <summary>
    /// The other data-proxy pages of a data-proxy answer: its URL's startrecord/endrecord stepped up to the
    /// &lt;totalrecord&gt; it declares, every other parameter kept in place.
    /// </summary>
    public static IReadOnlyList<Uri> Siblings(Uri url, string xml)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(xml);
        var total = Number(DeclaredTotal().Match(xml));
        var pairs = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Pair).ToList();
        var start = Number(pairs.FirstOrDefault(p => Is(p.Name, "startrecord")).Value);
        var end = Number(pairs.FirstOrDefault(p => Is(p.Name, "endrecord")).Value);
        if (total is null || start is null || end is null || end < start)
        {
            return [];
        }

        var span = end.Value - start.Value + 1;
        return Steps(total.Value, span).Select(step =>
        {
            var query = string.Join('&', pairs.Select(p => p.Name + "=" + (Is(p.Name, "startrecord") ? Text(step.Start) : Is(p.Name, "endrecord") ? Text(step.End) : p.Value)));
            return new UriBuilder(url) { Query = query, Fragment = string.Empty }.Uri;
        }).ToList();
    }

    /// <summary>A site file's template with {start}, {end} and {perPage} filled for the first request.</summary>
    public static string FirstFromTemplate(string template, int perPage) => Fill(template, 1, perPage, perPage);

    public static string Fill(string template, int start, int end, int perPage)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new StringBuilder(template).Replace("{start}", Text(start)).Replace("{end}", Text(end)).Replace("{perPage}", Text(perPage)).ToString();
    }

    private static IEnumerable<(int Start, int End)> Steps(int total, int span)
    {
        for (var start = 1; start <= total && start / span < MaxRequests; start += span)
        {
            yield return (start, start + span - 1);
        }
    }

    private static (string Proxy, List<(string Name, string Value)> Parameters) ProxyOf(string html)
    {
        var next = NextGroupLink().Match(html);
        if (next.Success)
        {
            var href = System.Net.WebUtility.HtmlDecode(next.Groups["href"].Value);
            var question = href.IndexOf('?', StringComparison.Ordinal);
            var pairs = href[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Pair)
                .Where(p => !Is(p.Name, "page") && !Is(p.Name, "startrecord") && !Is(p.Name, "endrecord") && !Is(p.Name, "perpage"))
                .Select(p => (p.Name, Uri.EscapeDataString(Uri.UnescapeDataString(p.Value)))).ToList();
            return (href[..question], pairs);
        }

        var proxy = ProxyUrl().Match(html) is { Success: true } declared ? declared.Groups["url"].Value : DefaultProxyPath;
        var parameters = new List<(string, string)>();
        var settings = ColumnParameter().Matches(html)
            .GroupBy(match => match.Groups["name"].Value.ToLowerInvariant())
            .ToDictionary(group => group.Key, group => group.First().Groups["v"].Value, StringComparer.Ordinal);
        foreach (var name in new[] { "columnid", "unitid", "webid" })
        {
            if (settings.TryGetValue(name, out var value))
            {
                parameters.Add((name, value));
            }
        }

        return (proxy, parameters);
    }

    private static (string Name, string Value) Pair(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (pair, string.Empty) : (pair[..equals], pair[(equals + 1)..]);
    }

    private static bool Is(string? name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static int? Number(Match match) => match.Success ? Number(match.Groups["n"].Value) : null;

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\btotalRecord\s*[:=]\s*['""]?(?<n>\d+)|<totalrecord>\s*(?<n>\d+)\s*</totalrecord>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalRecord();

    [GeneratedRegex(@"<totalrecord>\s*(?<n>\d+)\s*</totalrecord>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredTotal();

    [GeneratedRegex(@"\bperPage\s*[:=]\s*['""]?(?<n>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerPage();

    [GeneratedRegex(@"\b(?<name>columnid|unitid|webid)\s*[:=]\s*['""]?(?<v>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColumnParameter();

    [GeneratedRegex(@"\bproxyUrl\s*[:=]\s*['""](?<url>[^'""]+)['""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProxyUrl();

    [GeneratedRegex(@"<nextgroup>\s*<!\[CDATA\[\s*<a\s[^>]*href\s*=\s*['""](?<href>[^'""]*dataproxy[^'""?]*\?[^'""]*)['""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextGroupLink();
}
