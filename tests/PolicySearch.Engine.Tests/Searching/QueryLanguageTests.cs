using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Searching;

/// <summary>The query language on the sample archive: field prefixes, OR, exclusions, date ranges, relaxing, explain.</summary>
[Collection(SharedSampleIndex.Name)]
public sealed class QueryLanguageTests(SampleIndexFixture sample)
{
    private SearchResults Search(string query, int size = 100) => sample.Reader.Search(new SearchRequest(query, 1, size));

    [Theory]
    [InlineData("title:行政复议")]
    [InlineData("标题:行政复议")]
    [InlineData("标题：行政复议")]
    public void A_title_prefix_matches_only_titles(string query)
    {
        var results = Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Contains("行政复议", hit.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("issuer:国务院办公厅 政务公开")]
    [InlineData("发布机构:国务院办公厅 政务公开")]
    public void An_issuer_prefix_keeps_documents_of_that_issuer(string query)
    {
        var results = Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Contains("国务院办公厅", hit.Issuer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("validity:已废止")]
    [InlineData("有效性:repealed")]
    public void A_validity_prefix_filters_by_normalized_validity(string query)
    {
        var results = Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Equal(Core.Documents.Validity.Repealed, hit.Validity));
    }

    [Fact]
    public void A_docno_prefix_finds_the_document_in_any_bracket_style()
    {
        Assert.Equal("govcn-5338761", Search("docno:国办函[2018]71号").Hits.Single().Id);
    }

    [Fact]
    public void A_partial_docno_finds_every_document_with_it()
    {
        var results = Search("文号:国办发〔2018〕");

        Assert.True(results.Total > 3);
        Assert.All(results.Hits, hit => Assert.StartsWith("国办发〔2018〕", hit.DocumentNumber, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("published:2018..2019", 2018, 2019)]
    [InlineData("published:2021-03..", 2021, 9999)]
    [InlineData("发布日期:..2000", 1, 2000)]
    [InlineData("published:2019", 2019, 2019)]
    public void A_published_range_keeps_documents_published_in_it(string range, int fromYear, int toYear)
    {
        var results = Search($"条例 {range}");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.InRange(hit.PublishedDate!.Value.Year, fromYear, toYear));
        var brute = sample.Documents.Count(d => d.PublishedDate is { } date && date.Year >= fromYear && date.Year <= toYear
            && (range.Contains("2021-03", StringComparison.Ordinal) ? date >= new DateOnly(2021, 3, 1) : true));
        Assert.True(results.Total <= brute);
    }

    [Fact]
    public void Or_joins_alternatives()
    {
        var either = Search("title:行政复议法 OR title:行政许可法").Hits.Select(hit => hit.Title).ToList();

        Assert.Contains(either, title => title.Contains("行政复议法", StringComparison.Ordinal));
        Assert.Contains(either, title => title.Contains("行政许可法", StringComparison.Ordinal));
    }

    [Fact]
    public void An_excluded_phrase_removes_documents_containing_it()
    {
        var results = Search("行政复议 -\"行政复议法\"");

        Assert.NotEmpty(results.Hits);
        Assert.DoesNotContain(results.Hits, hit => hit.Title.Contains("行政复议法", StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_nothing_fully_matches_is_relaxed_and_says_so()
    {
        var results = Search("行政复议 申请 期限 火星殖民");

        Assert.True(results.Relaxed);
        Assert.NotNull(results.Notice);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void Explain_lists_segmented_clauses_and_filters()
    {
        var request = new SearchRequest("营商环境 title:条例 -北京", 1, 5) { Explain = true, Filters = SearchFilters.None.With(FilterFields.Validity, "valid") };

        var explanation = sample.Reader.Search(request).Explanation!;

        Assert.Equal(["营商", "环境"], explanation.Clauses[0].Words);
        Assert.Equal("title", explanation.Clauses[1].Field);
        Assert.Equal("mustNot", explanation.Clauses[2].Occur);
        Assert.Contains(explanation.Filters, filter => filter.Contains("validity", StringComparison.Ordinal));
        Assert.NotEmpty(explanation.EngineQuery);
    }

    [Theory]
    [InlineData("title:", ErrorCodes.QuerySyntax)]
    [InlineData("author:张三", ErrorCodes.QueryFieldUnknown)]
    [InlineData("published:2020-13", ErrorCodes.FilterDateRange)]
    [InlineData("published:2021..2019", ErrorCodes.FilterDateRange)]
    [InlineData("published:..", ErrorCodes.FilterDateRange)]
    [InlineData("validity:maybe", ErrorCodes.FilterInvalid)]
    [InlineData("-", ErrorCodes.QuerySyntax)]
    public void Malformed_queries_fail_with_a_clear_code(string query, string code)
    {
        var error = Assert.Throws<PolicySearchException>(() => Search(query));

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("http://www.gov.cn/zhengce")]
    [InlineData("第一条：总则")]
    [InlineData("OR")]
    [InlineData("法治 OR")]
    [InlineData("((( ))) [[[")]
    public void Odd_but_harmless_input_is_searched_not_rejected(string query)
    {
        var exception = Record.Exception(() => Search(query));

        Assert.True(exception is null or PolicySearchException { Code: ErrorCodes.QuerySyntax }, exception?.ToString());
    }
}
