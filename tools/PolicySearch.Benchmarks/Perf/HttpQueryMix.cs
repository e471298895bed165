using System.Globalization;
using System.Text;
using PolicySearch.Core.Search;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>The in-process benchmark's query mix as /api/search request paths (query strings percent-encoded as UTF-8).</summary>
internal static class HttpQueryMix
{
    public static IReadOnlyList<string> Paths() =>
        SearchBenchmarkQueries.All(withSnippets: true).Select(pair => PathOf(pair.Request)).ToList();

    /// <summary>The /api/search path for a request of the mix: q, facetSize, the filter fields' values, sort (the parameters the mix uses).</summary>
    public static string PathOf(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Filters.Published is not null || request.Filters.InForceOn is not null)
        {
            throw new InvalidOperationException("The HTTP mix carries no date filter; teach HttpQueryMix the new filter.");
        }

        var path = new StringBuilder("/api/search?q=").Append(Uri.EscapeDataString(request.Query));
        path.Append("&facetSize=").Append(request.FacetSize.ToString(CultureInfo.InvariantCulture));
        foreach (var field in FilterFields.All)
        {
            foreach (var value in request.Filters[field])
            {
                path.Append('&').Append(field.Name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        if (request.Sort != SearchSort.Relevance)
        {
            path.Append("&sort=").Append(request.Sort == SearchSort.Newest ? "newest" : "oldest");
        }

        return path.ToString();
    }
}
