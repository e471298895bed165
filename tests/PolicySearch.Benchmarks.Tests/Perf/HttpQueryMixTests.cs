using PolicySearch.Benchmarks.Perf;
using PolicySearch.Core.Search;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class HttpQueryMixTests
{
    [Fact]
    public void The_http_mix_is_the_in_process_mix_request_for_request()
    {
        Assert.Equal(SearchBenchmarkQueries.All(withSnippets: true).Count, HttpQueryMix.Paths().Count);
    }

    [Fact]
    public void Each_kind_carries_its_parameters_percent_encoded()
    {
        var paths = SearchBenchmarkQueries.All(withSnippets: true)
            .Where(pair => pair.Request.Query == "食品安全 监管")
            .ToDictionary(pair => pair.Kind, pair => HttpQueryMix.PathOf(pair.Request));

        const string Query = "/api/search?q=%E9%A3%9F%E5%93%81%E5%AE%89%E5%85%A8%20%E7%9B%91%E7%AE%A1";
        Assert.Equal(Query + "&facetSize=0", paths["plain"]);
        Assert.Equal(Query + "&facetSize=10", paths["faceted"]);
        Assert.Equal(Query + "&facetSize=0&validity=valid", paths["filtered"]);
        Assert.Equal(Query + "&facetSize=0&sort=newest", paths["newest"]);
    }

    [Fact]
    public void A_phrase_keeps_its_quotes_encoded()
    {
        Assert.Equal("/api/search?q=%22%E4%BE%9D%E6%B3%95%E8%A1%8C%E6%94%BF%22&facetSize=0", HttpQueryMix.PathOf(new SearchRequest("\"依法行政\"") { FacetSize = 0 }));
    }

    [Fact]
    public void A_filter_the_mix_does_not_know_is_refused()
    {
        var request = new SearchRequest("通知") { Filters = new SearchFilters { InForceOn = new DateOnly(2020, 1, 1) } };

        Assert.Throws<InvalidOperationException>(() => HttpQueryMix.PathOf(request));
    }

    [Fact]
    public void Every_filter_field_is_a_parameter_of_its_name()
    {
        var request = new SearchRequest("通知") { FacetSize = 0, Filters = SearchFilters.None.With(FilterFields.Issuer, "国务院").With(FilterFields.Year, "2020") };

        Assert.Equal("/api/search?q=%E9%80%9A%E7%9F%A5&facetSize=0&issuer=%E5%9B%BD%E5%8A%A1%E9%99%A2&year=2020", HttpQueryMix.PathOf(request));
    }
}
