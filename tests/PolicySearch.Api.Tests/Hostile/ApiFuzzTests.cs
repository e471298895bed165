using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace PolicySearch.Api.Tests.Hostile;

/// <summary>
/// About 2,000 seeded hostile requests across the search, suggest, document and similar endpoints and the two
/// pages: none answers with a 5xx, and every 4xx from /api is problem details with a code.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ApiFuzzTests
{
    private const int Seed = 20_261_126;
    private const int RequestsPerTarget = 340;

    private static readonly string[] SearchParameters =
        ["q", "page", "size", "sort", "facetSize", "explain", "format", "issuer", "category", "validity", "topic", "source", "year", "publishedFrom", "publishedTo", "inForceOn"];

    private static readonly string[] OddNames = ["Q", "q[]", "q.x", "", "%00", "__proto__", "callback", "page ", "%E6%B3", "%FF", "includeVersions", "a=b"];

    private static readonly string[] Values =
    [
        "法治", "", "0", "-1", "1", "2", "100", "101", "1000", "1001", "99999999999999999999", "1e3", "0x10", "1.5", " 1", "true", "false", "TRUE", "yes",
        "csv", "atom", "json", "rss", "CSV", "relevance", "newest", "oldest", "NEWEST", "valid", "有效", "废止", "2021", "21", "20210", "-2021",
        "2021-01-01", "2021-13-01", "0001-01-01", "9999-12-31", "99999-01-01", "2021/01/01", "国务院", "title:法治", "published:99999999..",
        "\"法治", "((((", "-", "OR OR", "<script>alert(1)</script>", "\"><svg onload=alert(1)>",
    ];

    private static readonly string[] RawBytes = ["%ED%A0%80", "%ED%BF%BF", "%FF", "%FE", "%C0%80", "%C0%AF", "%E6%B3", "%", "%G1", "%%", "%00", "%0A", "%0D", "+", "%2B", "%26", "%3D", "%23", "%F4%90%80%80"];

    private static readonly string[] IdPieces =
        ["doc-rule-of-law", "doc-markup", "doc-", "..", ".", "%2e", "%2E%2E", "%5c", "~", "法治", "%E6%B3", "%FF", "%ED%A0%80", "a", "-", "_", "%20", "+", ";", ",", "'", "%22", "%3C", "%3E", "%25", "%7B%7D", "@", "!"];

    private readonly HttpClient _client;
    private readonly ITestOutputHelper _output;

    public ApiFuzzTests(ApiFixture fixture, ITestOutputHelper output)
    {
        _client = fixture.Client;
        _output = output;
    }

    [Fact]
    public Task No_hostile_search_request_gets_a_server_error_and_every_refusal_is_problem_details() =>
        FuzzAsync(1, random => "/api/search?" + RandomQueryString(random, SearchParameters), expectProblems: true, repeat: 3);

    [Fact]
    public Task No_hostile_suggest_request_gets_a_server_error_and_every_refusal_is_problem_details() =>
        FuzzAsync(2, random => "/api/suggest?" + RandomQueryString(random, ["q", "size"]), expectProblems: true, repeat: 1);

    [Fact]
    public Task No_hostile_document_id_gets_a_server_error_from_the_document_endpoints() =>
        FuzzAsync(3, random => "/api/documents/" + RandomId(random) + (random.Next(3) == 0 ? "/similar?" + RandomQueryString(random, ["size", "includeVersions"]) : string.Empty), expectProblems: true, repeat: 1);

    [Fact]
    public Task No_hostile_request_gets_a_server_error_from_the_pages() =>
        FuzzAsync(4, random => random.Next(2) == 0 ? "/?" + RandomQueryString(random, SearchParameters) : "/documents/" + RandomId(random), expectProblems: false, repeat: 1);

    private async Task FuzzAsync(int target, Func<Random, string> next, bool expectProblems, int repeat)
    {
        var seed = Seed + target;
        _output.WriteLine($"Seed {seed.ToString(CultureInfo.InvariantCulture)}");
        var random = new Random(seed);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < RequestsPerTarget * repeat; i++)
        {
            var path = next(random);
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add($"{status} for {Shorten(path)}: {Shorten(body)}");
            }
            else if (status >= 400 && expectProblems && !IsProblemWithCode(response, body))
            {
                failures.Add($"{status} {response.Content.Headers.ContentType?.MediaType} without a problem code for {Shorten(path)}: {Shorten(body)}");
            }
        }

        _output.WriteLine(string.Join(", ", statuses.Select(pair => $"{pair.Key}: {pair.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static bool IsProblemWithCode(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) && !string.IsNullOrEmpty(code.GetString());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string RandomQueryString(Random random, string[] names)
    {
        var parts = new List<string>();
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(8) == 0 ? OddNames[random.Next(OddNames.Length)] : names[random.Next(names.Length)];
            parts.Add(random.Next(12) == 0 ? name : name + "=" + RandomValue(random));
            if (random.Next(6) == 0)
            {
                parts.Add(parts[^1]);
            }
        }

        if (random.Next(3) != 0 && names.Contains("q"))
        {
            parts.Insert(0, "q=" + RandomValue(random));
        }

        return string.Join(random.Next(15) == 0 ? "&&" : "&", parts);
    }

    private static string RandomValue(Random random)
    {
        var value = new StringBuilder();
        var pieces = random.Next(4) == 0 ? random.Next(20, 200) : random.Next(1, 4);
        for (var i = 0; i < pieces; i++)
        {
            value.Append(random.Next(4) switch
            {
                0 => RawBytes[random.Next(RawBytes.Length)],
                1 => Uri.EscapeDataString(char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x20000, 0x2A6DF) : random.Next(0x20, 0xD800))),
                _ => Uri.EscapeDataString(Values[random.Next(Values.Length)]),
            });
        }

        return value.ToString();
    }

    private static string RandomId(Random random)
    {
        if (random.Next(20) == 0)
        {
            return new string('a', random.Next(1000, 5000));
        }

        var id = new StringBuilder();
        var pieces = random.Next(1, 8);
        for (var i = 0; i < pieces; i++)
        {
            id.Append(IdPieces[random.Next(IdPieces.Length)]);
        }

        return id.ToString();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
