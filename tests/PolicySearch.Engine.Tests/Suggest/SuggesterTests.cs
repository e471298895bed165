using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Suggest;

public sealed class SuggesterTests : IDisposable
{
    private readonly TestIndex _index = new(
        Version("review-2017", "中华人民共和国行政复议法", Validity.Amended, 2017),
        Version("review-2023", "中华人民共和国行政复议法", Validity.Valid, 2023),
        Version("review-1999", "中华人民共和国行政复议法", Validity.Repealed, 1999),
        Version("review-rules", "行政复议法实施条例", Validity.Valid, 2023) with { Issuer = "司法部" },
        Document("rule-of-law", "国务院关于加强法治政府建设的意见", "法治政府。"),
        Document("office", "国务院办公厅关于加快推进政务服务标准化规范化便利化的指导意见", "政务服务。") with { Issuer = "国务院办公厅" },
        Document("business", "优化营商环境条例", "营商环境。") with { Issuer = "国务院办公厅" },
        Document("ipv6", "推进IPv6规模部署行动计划", "下一代互联网。") with { Issuer = "国务院办公厅" },
        Version("protection", "环境保护法", Validity.Valid, 2014),
        Version("assessment", "环境影响评价法", Validity.Repealed, 2020),
        Version("noise", "环境噪声污染防治法", Validity.Valid, 2018),
        Version("tax", "环境税法", Validity.Valid, 2018),
        Version("monitoring", "生态环境监测条例", Validity.Valid, 2024));

    public void Dispose() => _index.Dispose();

    private static PolicyDocument Version(string id, string title, Validity validity, int year) =>
        Document(id, title, "正文。") with { Validity = validity, PublishedDate = new DateOnly(year, 1, 1), Issuer = "全国人民代表大会常务委员会" };

    private List<Suggestion> Titles(string prefix, int size = 8) =>
        _index.Reader.Suggest(prefix, size).Items.Where(s => s.Kind == SuggestionKind.Title).ToList();

    private List<string> TitleIds(string prefix, int size = 8) => Titles(prefix, size).Select(s => s.Id!).ToList();

    [Fact]
    public void A_prefix_completes_titles_starting_with_it()
    {
        Assert.Equal(["business"], TitleIds("优化营"));
    }

    [Fact]
    public void A_prefix_completes_titles_after_the_country_name_and_the_state_council_opening()
    {
        Assert.Equal(["review-2023", "review-rules"], TitleIds("行政复议"));
        Assert.Equal(["rule-of-law"], TitleIds("加强法治"));
        Assert.Equal(["office"], TitleIds("加快推进政务"));
    }

    [Fact]
    public void A_traditional_script_prefix_completes_a_simplified_title()
    {
        var prefix = SearchFolding.ToTraditional("行政复议");
        Assert.NotEqual("行政复议", prefix);

        Assert.Equal(["review-2023", "review-rules"], TitleIds(prefix));
    }

    [Theory]
    [InlineData("ipv6")]
    [InlineData("IPV6")]
    [InlineData("ＩＰｖ６")]
    public void Ascii_matches_whatever_its_case_and_width(string prefix)
    {
        Assert.Equal(["ipv6"], TitleIds(prefix));
    }

    [Fact]
    public void Versions_of_one_title_are_suggested_once_as_the_version_in_force()
    {
        var titles = Titles("中华人民共和国行政");

        var title = Assert.Single(titles);
        Assert.Equal("中华人民共和国行政复议法", title.Text);
        Assert.Equal("review-2023", title.Id);
        Assert.Equal(Validity.Valid, title.Validity);
        Assert.Equal(new DateOnly(2023, 1, 1), title.PublishedDate);
    }

    [Fact]
    public void Prefix_matches_rank_above_contained_ones_then_in_force_newer_and_shorter_first()
    {
        Assert.Equal(["tax", "noise", "protection", "assessment", "monitoring", "business"], TitleIds("环境"));
    }

    [Fact]
    public void A_skipped_opening_does_not_count_against_a_title_in_length()
    {
        var titles = Titles("行政复议法");

        Assert.Equal(["中华人民共和国行政复议法", "行政复议法实施条例"], titles.Select(s => s.Text));
    }

    [Fact]
    public void Size_limits_the_titles_and_keeps_the_best()
    {
        Assert.Equal(["tax", "noise"], TitleIds("环境", size: 2));
    }

    [Fact]
    public void Issuers_follow_the_titles_with_their_document_counts_most_documents_first()
    {
        var suggestions = _index.Reader.Suggest("国务院", 8).Items;

        var issuers = suggestions.SkipWhile(s => s.Kind == SuggestionKind.Title).ToList();
        Assert.All(issuers, s => Assert.Equal(SuggestionKind.Issuer, s.Kind));
        Assert.Equal([("国务院办公厅", 3), ("国务院", 1)], issuers.Select(s => (s.Text, s.Count ?? 0)));
        Assert.All(issuers, s => Assert.Null(s.Id));
        Assert.Equal(["rule-of-law", "office"], suggestions.Where(s => s.Kind == SuggestionKind.Title).Select(s => s.Id));
    }

    [Fact]
    public void An_issuer_containing_the_prefix_is_found_too()
    {
        var issuer = Assert.Single(_index.Reader.Suggest("人民代表大会", 8).Items, s => s.Kind == SuggestionKind.Issuer);

        Assert.Equal(("全国人民代表大会常务委员会", 8), (issuer.Text, issuer.Count ?? 0));
    }

    [Fact]
    public void A_prefix_nothing_completes_answers_no_suggestions()
    {
        var suggestions = _index.Reader.Suggest("量子引力", 8);

        Assert.Equal("量子引力", suggestions.Query);
        Assert.Empty(suggestions.Items);
    }

    [Fact]
    public void A_commit_made_after_the_first_suggestion_is_suggested_after_a_refresh()
    {
        Assert.Empty(TitleIds("数据安全"));

        _index.Write(Document("data", "数据安全法", "数据。"), Version("tax", "环境税法", Validity.Repealed, 2018));
        _index.Reader.Refresh();

        Assert.Equal(["data"], TitleIds("数据安全"));
        Assert.Equal(["noise", "protection", "assessment", "tax", "monitoring", "business"], TitleIds("环境"));
    }

    [Theory]
    [InlineData("", 8, ErrorCodes.QueryEmpty, "q")]
    [InlineData(" \u3000", 8, ErrorCodes.QueryEmpty, "q")]
    [InlineData("法", 0, ErrorCodes.PagingOutOfRange, "size")]
    [InlineData("法", 21, ErrorCodes.PagingOutOfRange, "size")]
    public void Bad_prefixes_and_sizes_are_rejected_with_a_code(string prefix, int size, string code, string target)
    {
        var error = Assert.Throws<PolicySearchException>(() => _index.Reader.Suggest(prefix, size));

        Assert.Equal((code, target), (error.Code, error.Target));
    }

    [Fact]
    public void A_prefix_over_100_characters_is_too_long()
    {
        var error = Assert.Throws<PolicySearchException>(() => _index.Reader.Suggest(new string('法', 101), 8));

        Assert.Equal(ErrorCodes.QueryTooLong, error.Code);
    }
}
