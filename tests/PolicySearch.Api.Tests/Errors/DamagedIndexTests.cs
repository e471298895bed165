using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Errors;

/// <summary>A damaged index is a 503 naming the recovery path, never a 500 or silently empty results.</summary>
public sealed class DamagedIndexTests
{
    [Fact]
    public async Task A_truncated_segment_answers_503_index_corrupt_with_how_to_recover()
    {
        using var index = await TestIndex.CreateAsync(TestDocuments.All);
        var segment = Directory.EnumerateFiles(index.IndexPath, "*.fnm").OrderByDescending(file => new FileInfo(file).Length).First();
        using (var stream = new FileStream(segment, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await using var factory = new ApiFactory(index.IndexPath, index.LogDirectory);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(Urls.Search("法治"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("index.corrupt", problem.GetProperty("code").GetString());
        Assert.Contains("policysearch check", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
