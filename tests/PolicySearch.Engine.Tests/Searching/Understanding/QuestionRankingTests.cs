using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Searching.Understanding;

/// <summary>Questions in everyday words on the sample archive: the governing document first, and how it was read.</summary>
[Collection(SharedSampleIndex.Name)]
public sealed class QuestionRankingTests(SampleIndexFixture sample)
{
    private SearchResults Search(string query, bool literal = false) =>
        sample.Reader.Search(new SearchRequest(query, 1, 10) { Literal = literal });

    [Theory]
    [InlineData("过年能放鞭炮吗", "烟花爆竹安全管理条例")]
    [InlineData("请不起律师怎么办", "法律援助条例")]
    [InlineData("酒后开车怎么罚", "中华人民共和国道路交通安全法")]
    [InlineData("专项维修资金怎么用", "宁波市住宅小区物业管理条例")]
    public void A_question_in_everyday_words_ranks_the_governing_document_first(string question, string title)
    {
        var results = Search(question);

        Assert.Equal(title, results.Hits[0].Title);
        Assert.NotNull(results.Understanding);
    }

    [Fact]
    public void The_answer_says_what_was_searched_mapped_and_ignored()
    {
        var understanding = Search("过年能放鞭炮吗").Understanding!;

        Assert.True(understanding.IsQuestion);
        Assert.Equal(["过年", "放鞭炮"], understanding.Searched);
        Assert.Equal("燃放烟花爆竹", understanding.Suggestion);
        Assert.Equal(["能", "吗"], understanding.Ignored);
    }

    [Fact]
    public void A_document_with_more_of_the_concepts_ranks_above_one_with_a_single_common_one()
    {
        var hits = Search("养狗不登记会罚款吗").Hits;

        Assert.Equal("济南市文明养犬管理条例", hits[0].Title);
    }

    [Fact]
    public void A_question_never_comes_back_empty_when_its_words_are_in_the_archive()
    {
        Assert.True(Search("晚上工地施工太吵怎么办").Total > 0);
        Assert.True(Search("我家孩子在小区里被别人家的大狗吓哭了，狗主人还骂人，这事归谁管？").Total > 0);
    }

    [Fact]
    public void A_long_question_that_few_documents_match_well_is_broadened_to_a_page_without_a_relaxed_notice()
    {
        var results = Search("我骑电动车下班被一辆轿车撞了，对方车没买交强险。医药费谁来出？我请假的误工费能要吗？");

        Assert.True(results.Total >= 10, $"{results.Total} hits");
        Assert.False(results.Relaxed);
        Assert.Equal("中华人民共和国道路交通安全法实施条例", results.Hits[0].Title);
    }

    [Fact]
    public void A_keyword_query_with_few_documents_having_every_word_keeps_them_first_and_fills_the_page_after_them()
    {
        var asTyped = Search("上海 住宅 物业", literal: true).Hits.Select(hit => hit.Id).ToList();
        var filled = Search("上海 住宅 物业");

        Assert.InRange(asTyped.Count, 1, 9);
        Assert.Equal(asTyped, filled.Hits.Take(asTyped.Count).Select(hit => hit.Id));
        Assert.True(filled.Total >= 10, $"{filled.Total} hits");
        Assert.False(filled.Relaxed);
        Assert.Null(filled.Understanding);
    }

    [Fact]
    public void Repealed_documents_rank_below_documents_in_force_for_a_question()
    {
        var hits = Search("劳动争议怎么打官司").Hits.ToList();

        var repealed = hits.FindIndex(hit => hit.Validity == Validity.Repealed);
        var firstInForce = hits.FindIndex(hit => hit.Validity == Validity.Valid);
        Assert.True(firstInForce >= 0 && (repealed < 0 || firstInForce < repealed));
    }
}
