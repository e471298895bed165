using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SearchFilterEndpointsTests(ApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Filters_alone_browse_the_matching_documents_newest_first()
    {
        var root = await GetJsonAsync("/api/search?validity=valid");

        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal("valid", hit.GetProperty("validity").GetString()));
        var dates = hits.Select(hit => hit.GetProperty("publishedDate").GetString()).OfType<string>().ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Several_values_of_a_filter_are_alternatives_and_facets_count_them()
    {
        var root = await GetJsonAsync("/api/search?validity=valid&validity=%E5%B7%B2%E5%BA%9F%E6%AD%A2&facetSize=20");

        var validities = root.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("validity").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "valid", "repealed" }, validities);
        var facet = root.GetProperty("facets").GetProperty("validity").EnumerateArray()
            .ToDictionary(value => value.GetProperty("value").GetString()!, value => value.GetProperty("count").GetInt32());
        Assert.True(facet.Count >= 3, "a filtered facet still offers the other values");
        Assert.Equal(root.GetProperty("total").GetInt32(), facet.GetValueOrDefault("valid") + facet.GetValueOrDefault("repealed"));
    }

    [Fact]
    public async Task Explain_shows_how_the_query_was_understood()
    {
        var root = await GetJsonAsync("/api/search?q=%E6%B3%95%E6%B2%BB%20title:%E6%84%8F%E8%A7%81&explain=true");

        var explanation = root.GetProperty("explanation");
        Assert.Equal("title", explanation.GetProperty("clauses")[1].GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(explanation.GetProperty("engineQuery").GetString()));
    }

    [Fact]
    public async Task A_field_query_with_an_unknown_field_is_a_400_naming_it()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=author:%E5%BC%A0", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query.field_unknown", body, StringComparison.Ordinal);
        Assert.Contains("author", body, StringComparison.Ordinal);
    }
}
