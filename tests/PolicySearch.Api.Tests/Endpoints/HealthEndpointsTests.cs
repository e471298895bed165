using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class HealthEndpointsTests
{
    private readonly ApiFixture _fixture;

    public HealthEndpointsTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Health_reports_the_index_count_path_schema_and_last_commit()
    {
        var response = await _fixture.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(TestDocuments.All.Count, health.GetProperty("documentCount").GetInt32());
        Assert.Equal(_fixture.Index.IndexPath, health.GetProperty("indexPath").GetString());
        Assert.Equal(2, health.GetProperty("schemaVersion").GetInt32());
        var lastCommit = health.GetProperty("lastCommitTime").GetDateTimeOffset();
        Assert.InRange(lastCommit, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
