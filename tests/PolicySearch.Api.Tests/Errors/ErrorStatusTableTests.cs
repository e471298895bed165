using PolicySearch.Api.Errors;

namespace PolicySearch.Api.Tests.Errors;

public sealed class ErrorStatusTableTests
{
    [Theory]
    [InlineData("query.empty", 400)]
    [InlineData("query.syntax", 400)]
    [InlineData("query.too_long", 400)]
    [InlineData("paging.out_of_range", 400)]
    [InlineData("paging.invalid", 400)]
    [InlineData("request.unknown_parameter", 400)]
    [InlineData("request.repeated_parameter", 400)]
    [InlineData("request.method_not_allowed", 405)]
    [InlineData("document.not_found", 404)]
    [InlineData("route.not_found", 404)]
    [InlineData("index.not_found", 503)]
    [InlineData("index.corrupt", 503)]
    [InlineData("index.schema_mismatch", 503)]
    [InlineData("index.locked", 503)]
    [InlineData("import.file_not_found", 500)]
    [InlineData("server.error", 500)]
    [InlineData("something.new", 500)]
    public void Each_code_maps_to_one_status(string code, int status)
    {
        Assert.Equal(status, ErrorStatusTable.StatusOf(code));
        Assert.False(string.IsNullOrWhiteSpace(ErrorStatusTable.TitleOf(code)));
    }

    [Theory]
    [InlineData(404, "route.not_found")]
    [InlineData(405, "request.method_not_allowed")]
    [InlineData(415, "request.invalid")]
    [InlineData(500, "server.error")]
    public void A_bare_status_gets_a_code_that_maps_back_to_it(int status, string code)
    {
        Assert.Equal(code, ErrorStatusTable.CodeForStatus(status));
        Assert.Equal(status is 415 ? 400 : status, ErrorStatusTable.StatusOf(code));
    }
}
