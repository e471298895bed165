using System.Globalization;
using System.Text.RegularExpressions;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Metrics;

[Collection(SharedApp.Name)]
public sealed partial class MetricsEndpointTests
{
    private readonly ApiFixture _fixture;

    public MetricsEndpointTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_exposition_parses_with_a_type_for_every_sample_and_cumulative_buckets()
    {
        await _fixture.Client.GetAsync(Urls.Search("法治"));

        var response = await _fixture.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<(string Name, string Labels, double Value)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                types[parts[2]] = parts[3];
                continue;
            }

            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, "Not a sample line: " + line);
            samples.Add((match.Groups["name"].Value, match.Groups["labels"].Value, ParseValue(match.Groups["value"].Value)));
        }

        foreach (var (name, _, _) in samples)
        {
            var family = Regex.Replace(name, "_(bucket|sum|count)$", string.Empty);
            Assert.True(types.ContainsKey(name) || types.GetValueOrDefault(family) == "histogram", "No TYPE for " + name);
        }

        Assert.Equal("counter", types["policysearch_http_requests_total"]);
        Assert.Equal("histogram", types["policysearch_http_request_duration_seconds"]);
        Assert.Equal("histogram", types["policysearch_search_duration_seconds"]);
        Assert.Equal("gauge", types["policysearch_index_documents"]);
        Assert.Equal("gauge", types["policysearch_crawls_running"]);
        Assert.Contains(samples, sample => sample.Name == "policysearch_index_documents" && sample.Value == TestDocuments.All.Count);
        var buckets = samples.Where(sample => sample.Name == "policysearch_search_duration_seconds_bucket").Select(sample => sample.Value).ToList();
        Assert.Equal(buckets.Order().ToList(), buckets);
        Assert.Contains("le=\"+Inf\"", samples.Last(sample => sample.Name == "policysearch_search_duration_seconds_bucket").Labels, StringComparison.Ordinal);
        Assert.Equal(buckets[^1], samples.Single(sample => sample.Name == "policysearch_search_duration_seconds_count").Value);
    }

    [Fact]
    public async Task Requests_are_counted_by_route_pattern_method_and_status()
    {
        const string Label = "policysearch_http_requests_total{route=\"/api/documents/{id}\",method=\"GET\",status=\"404\"}";
        var before = CountOf(await _fixture.Client.GetStringAsync("/metrics"), Label);

        await _fixture.Client.GetAsync("/api/documents/no-such-document-1");
        await _fixture.Client.GetAsync("/api/documents/no-such-document-2");
        var after = CountOf(await _fixture.Client.GetStringAsync("/metrics"), Label);

        Assert.Equal(before + 2, after);
    }

    private static double CountOf(string text, string prefix) =>
        text.Split('\n').Where(line => line.StartsWith(prefix + " ", StringComparison.Ordinal)).Select(line => ParseValue(line[(prefix.Length + 1)..])).SingleOrDefault();

    private static double ParseValue(string value) => value == "+Inf" ? double.PositiveInfinity : double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? (?<value>\\S+)$")]
    private static partial Regex SampleLine();
}
