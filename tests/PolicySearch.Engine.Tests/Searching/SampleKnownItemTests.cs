using PolicySearch.Core.Search;
using PolicySearch.Engine.Evaluation;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Searching;

/// <summary>Known-item ranking on the shipped sample archive: the document a user means ranks first.</summary>
[Collection(SharedSampleIndex.Name)]
public sealed class SampleKnownItemTests(SampleIndexFixture sample)
{
    private string TopId(string query) => sample.Reader.Search(new SearchRequest(query, 1, 10)).Hits[0].Id;

    [Theory]
    [InlineData("中华人民共和国行政复议法")]
    [InlineData("行政复议法")]
    [InlineData("中華人民共和國行政復議法")]
    public void The_version_in_force_of_a_law_ranks_first_for_its_title(string query)
    {
        // Two versions are in the sample: 2017 (已修改) and 2023 (有效).
        Assert.Equal("lrb-8a0fadb076bb5727", TopId(query));
    }

    [Theory]
    [InlineData("国办函〔2018〕71号")]
    [InlineData("国办函[2018]71号")]
    [InlineData("国办函（2018）71号")]
    [InlineData("国办函［2018］71号")]
    [InlineData("国办函 〔2018〕 71 号")]
    public void A_document_number_in_any_bracket_style_ranks_its_document_first(string query)
    {
        Assert.Equal("govcn-5338761", TopId(query));
    }

    [Fact]
    public void An_index_number_ranks_its_document_first()
    {
        Assert.Equal("govcn-5338761", TopId("000014349/2018-00204"));
    }

    [Fact]
    public void A_traditional_script_title_finds_the_simplified_document()
    {
        Assert.Equal("govcn-5338761", TopId("國務院辦公廳關於印發《政府網站集約化試點工作方案》的通知"));
    }

    [Fact]
    public void A_quoted_body_phrase_finds_the_document_containing_it()
    {
        Assert.Equal("govcn-5338761", TopId("\"推进政府网站互联互通融合发展\""));
    }

    [Fact]
    public void A_partial_word_finds_documents_with_the_longer_word()
    {
        var results = sample.Reader.Search(new SearchRequest("法治", 1, 10));

        Assert.True(results.Total > 10);
        Assert.All(results.Hits, hit => Assert.Contains(hit.Snippet.Segments(), segment => segment is ("法治", true)));
    }

    [Theory]
    [InlineData(KnownItemKind.Title)]
    [InlineData(KnownItemKind.ShortTitle)]
    [InlineData(KnownItemKind.PartialTitle)]
    [InlineData(KnownItemKind.TraditionalTitle)]
    [InlineData(KnownItemKind.DocumentNumber)]
    [InlineData(KnownItemKind.QuotedPhrase)]
    [InlineData(KnownItemKind.PlainPhrase)]
    public void Known_item_success_at_1_is_at_least_0_9_for_every_kind(KnownItemKind kind)
    {
        var queries = KnownItemQueryGenerator.Generate(sample.Documents, perKind: 40)
            .Where(query => query.Kind == kind)
            .ToList();

        var score = KnownItemBenchmark.Run(sample.Reader, queries, warmupQueries: 0).Overall;

        Assert.True(queries.Count >= 30, $"only {queries.Count} {kind} queries");
        Assert.True(score.SuccessAt1 >= 0.9, $"{kind}: success@1 {score.SuccessAt1:F3}");
    }

    [Fact]
    public void A_hit_in_a_law_names_the_article_its_snippet_comes_from()
    {
        var hit = sample.Reader.Search(new SearchRequest("行政复议 申请期限", 1, 5)).Hits.First(h => h.Id == "lrb-8a0fadb076bb5727");

        Assert.NotNull(hit.Article);
        Assert.Matches("^第[一二三四五六七八九十百]+条$", hit.Article);
        Assert.NotEmpty(hit.Snippet.Highlights);
        Assert.Equal(hit.Article, hit.Snippet.Article);
    }
}
