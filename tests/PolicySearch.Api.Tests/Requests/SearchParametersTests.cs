using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PolicySearch.Api.Requests;

namespace PolicySearch.Api.Tests.Requests;

public sealed class SearchParametersTests
{
    [Fact]
    public void Defaults_are_page_1_and_size_10()
    {
        var (request, faults) = SearchParameters.Bind("法治", null, null, Query(("q", "法治")));

        Assert.Empty(faults);
        Assert.Equal(1, request!.Page);
        Assert.Equal(10, request.Size);
        Assert.Equal("法治", request.Query);
    }

    [Theory]
    [InlineData("1", "1", 1, 1)]
    [InlineData("1000", "100", 1000, 100)]
    [InlineData("007", "010", 7, 10)]
    public void Whole_numbers_in_range_are_accepted(string page, string size, int expectedPage, int expectedSize)
    {
        var (request, faults) = SearchParameters.Bind("法治", page, size, Query(("q", "法治"), ("page", page), ("size", size)));

        Assert.Empty(faults);
        Assert.Equal(expectedPage, request!.Page);
        Assert.Equal(expectedSize, request.Size);
    }

    [Theory]
    [InlineData(" 1", "paging.invalid")]
    [InlineData("+1", "paging.invalid")]
    [InlineData("1e2", "paging.invalid")]
    [InlineData("٣", "paging.invalid")]
    [InlineData("--1", "paging.invalid")]
    [InlineData("-0", "paging.out_of_range")]
    [InlineData("2147483648", "paging.out_of_range")]
    public void Page_values_that_are_not_plain_numbers_in_range_are_faults(string page, string code)
    {
        var (request, faults) = SearchParameters.Bind("法治", page, null, Query(("q", "法治"), ("page", page)));

        Assert.Null(request);
        var fault = Assert.Single(faults);
        Assert.Equal(code, fault.Code);
        Assert.Equal("page", fault.Parameter);
    }

    [Fact]
    public void Parameter_names_match_without_regard_to_case()
    {
        var (request, faults) = SearchParameters.Bind("法治", "2", null, Query(("Q", "法治"), ("PAGE", "2")));

        Assert.Empty(faults);
        Assert.Equal(2, request!.Page);
    }

    private static QueryCollection Query(params (string Name, string Value)[] parameters) =>
        new(parameters.ToDictionary(parameter => parameter.Name, parameter => new StringValues(parameter.Value), StringComparer.OrdinalIgnoreCase));
}
