using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Hostile;

/// <summary>Document ids that look like paths are looked up as ids: a 404 or 400 problem, never a file's content.</summary>
[Collection(SharedApp.Name)]
public sealed class PathTraversalTests
{
    private readonly HttpClient _client;

    public PathTraversalTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    private static readonly string[] Ids =
    [
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%2E%2E%2F%2E%2E%2FPolicySearch.Api.dll",
        "..%5c..%5cetc%5cpasswd",
        "..%5C..%5Cappsettings.json",
        "%252e%252e%252fetc%252fpasswd",
        "..%c0%af..%c0%afetc%c0%afpasswd",
        "%2e%2e",
        "..",
        "....%2F%2F....%2F%2Fetc%2Fpasswd",
        "%2Fetc%2Fpasswd",
        "file%3A%2F%2F%2Fetc%2Fpasswd",
        "C%3A%5CWindows%5Cwin.ini",
        "doc-rule-of-law%2F..%2F..%2Fetc%2Fpasswd",
    ];

    /// <summary>The ids without a bare dot segment, which the client resolves before sending (/documents/.. is the search page).</summary>
    public static TheoryData<string> PageTraversalIds() => [.. Ids.Where(id => id is not (".." or "%2e%2e"))];

    public static TheoryData<string> TraversalIds() => [.. Ids];

    [Theory]
    [MemberData(nameof(TraversalIds))]
    public async Task A_path_as_a_document_id_gets_a_problem_and_no_file_content(string id)
    {
        foreach (var path in new[] { "/api/documents/" + id, "/api/documents/" + id + "/similar" })
        {
            var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {path}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()));
            AssertNoFileContent(body);
        }
    }

    [Theory]
    [MemberData(nameof(PageTraversalIds))]
    public async Task A_path_as_a_document_id_gets_a_not_found_page_with_no_file_content(string id)
    {
        var response = await _client.GetAsync(new Uri("/documents/" + id, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {id}: {body}");
        AssertNoFileContent(body);
    }

    [Fact]
    public async Task A_very_long_document_id_gets_a_problem_not_a_server_error()
    {
        foreach (var length in new[] { 1_000, 8_000 })
        {
            var response = await _client.GetAsync(new Uri("/api/documents/" + new string('a', length), UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for an id of {length} characters: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.Length < 200, body[..200]);
        }
    }

    private static void AssertNoFileContent(string body)
    {
        Assert.DoesNotContain("root:x:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[fonts]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Logging\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ\u0090", body, StringComparison.Ordinal);
    }
}
