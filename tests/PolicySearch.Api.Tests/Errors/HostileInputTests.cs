using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Errors;

[Collection(SharedApp.Name)]
public sealed class HostileInputTests
{
    private const int Seed = 20240611;
    private readonly HttpClient _client;

    public HostileInputTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task No_hostile_query_makes_the_search_api_fail_with_a_server_error()
    {
        var failures = new List<string>();
        foreach (var query in HostileQueries.Generate(200, Seed))
        {
            var response = await _client.GetAsync("/api/search?" + query);
            var body = await response.Content.ReadAsStringAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var answeredAsDocumented = response.StatusCode switch
            {
                HttpStatusCode.OK => mediaType == "application/json" && JsonDocument.Parse(body).RootElement.TryGetProperty("hits", out _),
                HttpStatusCode.BadRequest => mediaType == "application/problem+json" && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out _),
                _ => false,
            };
            if (!answeredAsDocumented)
            {
                failures.Add($"{(int)response.StatusCode} {mediaType} for ?{Shorten(query)}: {Shorten(body)}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_hostile_query_makes_the_search_page_fail_with_a_server_error()
    {
        var failures = new List<string>();
        foreach (var query in HostileQueries.Generate(200, Seed + 1))
        {
            var response = await _client.GetAsync("/?" + query);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest) || mediaType != "text/html")
            {
                failures.Add($"{(int)response.StatusCode} {mediaType} for ?{Shorten(query)}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_hostile_document_id_makes_the_document_endpoints_fail_with_a_server_error()
    {
        var failures = new List<string>();
        foreach (var query in HostileQueries.Generate(100, Seed + 2))
        {
            // The test client itself refuses %00 in a path (Kestrel answers 400), and %2F would only address another route.
            var id = query[2..].Split('&')[0].Replace("%2F", "-", StringComparison.Ordinal).Replace("%00", "-", StringComparison.Ordinal);
            foreach (var path in new[] { "/api/documents/" + id, "/documents/" + id })
            {
                var response = await _client.GetAsync(path);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} for {Shorten(path)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
