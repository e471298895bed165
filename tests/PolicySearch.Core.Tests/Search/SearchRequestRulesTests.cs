using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

public class SearchRequestRulesTests
{
    [Fact]
    public void A_request_in_range_has_no_fault()
    {
        Assert.Empty(SearchRequestRules.Faults(new SearchRequest("营商环境", 1000, 100) { FacetSize = 100 }));
    }

    [Fact]
    public void Every_fault_of_a_request_is_named_with_its_parameter()
    {
        var request = new SearchRequest(" ", 0, 101)
        {
            FacetSize = 101,
            Filters = new SearchFilters { Published = new DateRange(new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 1)) },
        };

        var faults = SearchRequestRules.Faults(request).Select(fault => (fault.Code, fault.Target)).ToList();

        Assert.Equal(
            [(ErrorCodes.PagingOutOfRange, "page"), (ErrorCodes.PagingOutOfRange, "size"), (ErrorCodes.PagingOutOfRange, "facetSize"), (ErrorCodes.FilterDateRange, "publishedFrom")],
            faults);
    }

    [Fact]
    public void An_empty_query_is_a_fault_only_without_filters()
    {
        Assert.Equal(ErrorCodes.QueryEmpty, Assert.Single(SearchRequestRules.Faults(new SearchRequest(" "))).Code);
        var tooLong = Assert.Single(SearchRequestRules.Faults(new SearchRequest(new string('法', SearchRequest.MaxQueryLength + 1))));
        Assert.Equal("The query is 1001 characters long; the limit is 1000.", tooLong.Message);
    }

    [Fact]
    public void Exports_without_snippets_may_ask_for_more_rows()
    {
        Assert.Empty(SearchRequestRules.Faults(new SearchRequest("通知", 1, SearchRequest.MaxExportSize) { WithSnippets = false }));
        Assert.Equal("size", Assert.Single(SearchRequestRules.Faults(new SearchRequest("通知", 1, SearchRequest.MaxExportSize))).Target);
    }
}
