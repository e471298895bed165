using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Searching;

public sealed class PolicyIndexReaderTests : IDisposable
{
    private readonly TestIndex _index = new(
        Document("rule-of-law", "法治政府建设实施纲要（2021－2025年）", "为在新发展阶段持续深入推进依法行政，全面建设法治政府，制定本纲要。"),
        Document("business", "优化营商环境条例", "持续深化放管服改革，优化营商环境，激发市场活力。", "国务院令第722号"),
        Document("cites-business", "关于贯彻落实优化营商环境条例的通知", "各地区要认真贯彻《优化营商环境条例》，做好营商环境评价。"),
        Document("traditional", "政府資訊公開法", "為建立政府資訊公開制度，便利人民共享及公平利用政府資訊，特制定本法。"),
        Document("notice", "国务院关于印发全国深化放管服改革优化营商环境电视电话会议重点任务分工方案的通知", "现将方案印发给你们。", "国发〔2021〕1号"),
        Document("two-courts", "最高人民法院、最高人民检察院关于办理妨害文物管理等刑事案件适用法律若干问题的解释", "为依法惩治文物犯罪，保护文物，制定本解释。"),
        Document("separate-characters", "执业医师法", "医师应当依照本法规定，为患者诊治疾病。"),
        Document("scattered", "关于环境保护的通知", "营造良好的商业氛围，保护生态环境。"),
        Document("hostile", "含有标记的文件", "正文包含<script>alert(1)</script>与<b>粗体</b>文本，依法行政。"));

    public void Dispose() => _index.Dispose();

    private List<string> Ids(string query, int size = 10) =>
        _index.Reader.Search(new SearchRequest(query, 1, size)).Hits.Select(hit => hit.Id).ToList();

    [Fact]
    public void A_one_word_query_finds_documents_where_SmartCn_segments_the_word_inside_a_longer_one()
    {
        Assert.Contains("rule-of-law", Ids("法治"));
    }

    [Fact]
    public void A_one_word_query_does_not_match_its_characters_scattered_through_a_document()
    {
        Assert.DoesNotContain("separate-characters", Ids("法治"));
    }

    [Fact]
    public void Words_of_an_unquoted_query_may_stand_apart_in_the_document()
    {
        Assert.Contains("rule-of-law", Ids("法治纲要"));
    }

    [Fact]
    public void A_term_SmartCn_does_not_know_matches_as_a_unit_and_not_as_scattered_characters()
    {
        var ids = Ids("\"营商环境\"");

        Assert.Contains("business", ids);
        Assert.DoesNotContain("scattered", ids);
    }

    [Fact]
    public void A_single_character_finds_it_inside_a_run_of_characters()
    {
        // 患 only stands inside 为患者诊治疾病, where the index keeps no unigram for it.
        Assert.Equal(["separate-characters"], Ids("患"));
    }

    [Fact]
    public void A_single_character_ranks_documents_where_it_ends_a_run_first()
    {
        using var index = new TestIndex(
            Document("inside", "关于做好人员管理的通知", "做好人员的税务登记工作。"),
            Document("ending", "关于做好人员管理的通知", "依法缴纳个人所得税。"));

        var ids = index.Reader.Search(new SearchRequest("税")).Hits.Select(hit => hit.Id).ToList();

        Assert.Equal(["ending", "inside"], ids);
    }

    [Fact]
    public void A_phrase_finds_a_character_beside_a_number_where_a_run_starts_or_ends()
    {
        using var index = new TestIndex(
            Document("year", "工作报告", "回顾2023年度工作，展望未来。"),
            Document("number", "管理办法", "依照第5号令办理。"),
            Document("other", "管理办法", "二〇二三年的工作。"));

        Assert.Equal(["year"], index.Reader.Search(new SearchRequest("\"2023年\"")).Hits.Select(hit => hit.Id));
        Assert.Equal(["number"], index.Reader.Search(new SearchRequest("\"第5号\"")).Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void A_partial_title_matches_across_the_punctuation_inside_it()
    {
        Assert.Equal("two-courts", Ids("最高人民法院、最高人民检察院关于办理妨害文物管理等刑")[0]);
    }

    [Fact]
    public void A_traditional_script_query_finds_a_simplified_document()
    {
        Assert.Equal("business", Ids("優化營商環境條例")[0]);
    }

    [Fact]
    public void A_simplified_query_finds_a_traditional_document()
    {
        Assert.Equal("traditional", Ids("政府资讯公开法")[0]);
    }

    [Fact]
    public void An_exact_title_ranks_its_document_first_above_documents_citing_it()
    {
        Assert.Equal("business", Ids("优化营商环境条例")[0]);
        Assert.Equal("business", Ids("《优化营商环境条例》")[0]);
    }

    [Theory]
    [InlineData("国发〔2021〕1号")]
    [InlineData("国发[2021]1号")]
    [InlineData("国发［2021］1号")]
    [InlineData("国发(2021)1号")]
    public void A_document_number_in_any_bracket_style_ranks_its_document_first(string query)
    {
        Assert.Equal("notice", Ids(query)[0]);
    }

    [Fact]
    public void Excluded_words_remove_documents()
    {
        var ids = Ids("营商环境 -条例");

        Assert.Contains("notice", ids);
        Assert.DoesNotContain("business", ids);
    }

    [Fact]
    public void Snippets_are_the_document_text_with_only_the_matches_highlighted()
    {
        var hit = _index.Reader.Search(new SearchRequest("依法行政")).Hits.Single(h => h.Id == "hostile");

        Assert.Contains("<script>", hit.Snippet.Text, StringComparison.Ordinal);
        Assert.All(hit.Snippet.Segments().Where(segment => segment.IsHighlight), segment => Assert.Equal("依法行政", segment.Text));
        var html = SnippetHtml.Render(hit.Snippet);
        Assert.Contains("<mark>依法行政</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_carry_the_metadata_of_the_document()
    {
        var hit = _index.Reader.Search(new SearchRequest("国发〔2021〕1号")).Hits[0];

        Assert.Equal("国发〔2021〕1号", hit.DocumentNumber);
        Assert.Equal("国务院", hit.Issuer);
        Assert.Equal(new DateOnly(2021, 3, 5), hit.PublishedDate);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Paging_returns_disjoint_pages_and_the_total()
    {
        var first = _index.Reader.Search(new SearchRequest("营商环境", 1, 1));
        var second = _index.Reader.Search(new SearchRequest("营商环境", 2, 1));

        Assert.Equal(first.Total, second.Total);
        Assert.True(first.Total >= 3);
        Assert.NotEqual(first.Hits[0].Id, second.Hits[0].Id);
    }

    [Theory]
    [InlineData("", 1, 10, ErrorCodes.QueryEmpty)]
    [InlineData("   ", 1, 10, ErrorCodes.QueryEmpty)]
    [InlineData("\"法治", 1, 10, ErrorCodes.QuerySyntax)]
    [InlineData("-法治", 1, 10, ErrorCodes.QuerySyntax)]
    [InlineData("，。", 1, 10, ErrorCodes.QuerySyntax)]
    [InlineData("法治", 0, 10, ErrorCodes.PagingOutOfRange)]
    [InlineData("法治", 1, 0, ErrorCodes.PagingOutOfRange)]
    [InlineData("法治", 1, 101, ErrorCodes.PagingOutOfRange)]
    public void Invalid_requests_fail_with_a_stable_code(string query, int page, int size, string code)
    {
        var error = Assert.Throws<PolicySearchException>(() => _index.Reader.Search(new SearchRequest(query, page, size)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Finds_a_document_by_id_with_all_its_fields()
    {
        var document = _index.Reader.FindDocument("notice");

        Assert.NotNull(document);
        Assert.Equal("国发〔2021〕1号", document.DocumentNumber);
        Assert.Null(_index.Reader.FindDocument("missing"));
    }
}
