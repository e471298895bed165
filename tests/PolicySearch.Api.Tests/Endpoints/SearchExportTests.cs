using System.Net;
using System.Text;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SearchExportTests(ApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Csv_export_is_utf8_with_a_bom_a_header_and_one_row_per_hit()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=%E6%B3%95%E6%B2%BB&format=csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,id,title,documentNumber,issuer,category,validity,publishedDate,writtenDate,url,score", lines[0]);
        Assert.Contains(lines, line => line.Contains("国务院关于加强法治政府建设的意见", StringComparison.Ordinal));
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=%E6%B3%95%E6%B2%BB&format=xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
