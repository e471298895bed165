using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Searching;

public sealed class SynonymSetTests
{
    private static SynonymSet Parse(string text) => SynonymSet.Parse(new StringReader(text));

    [Fact]
    public void A_term_gets_variants_with_each_other_term_of_its_group_in_its_place()
    {
        var synonyms = Parse("# comment\n医保, 医疗保障, 医疗保险\n");

        Assert.Equal(["医疗保障政策", "医疗保险政策"], synonyms.Variants("医保政策"));
        Assert.Equal(["医保"], synonyms.Variants("医疗保障").Take(1));
    }

    [Fact]
    public void The_longest_term_wins_and_traditional_script_matches()
    {
        var synonyms = Parse("全国人大, 全国人民代表大会\n全国人大常委会, 全国人民代表大会常务委员会\n");

        Assert.Equal(["全国人民代表大会常务委员会"], synonyms.Variants("全國人大常委會"));
    }

    [Fact]
    public void Text_without_a_term_has_no_variants()
    {
        Assert.Empty(Parse("医保, 医疗保障").Variants("法治政府"));
    }

    [Fact]
    public void The_built_in_file_is_used_when_no_file_is_found()
    {
        var synonyms = SynonymSet.Load("no/such/synonyms.txt");

        Assert.True(synonyms.GroupCount >= 20);
        Assert.Contains("社会保险", synonyms.Variants("社保"));
    }

    [Fact]
    public void A_query_with_an_abbreviation_finds_documents_that_spell_it_out()
    {
        using var index = new TestIndex(
            Document("spelled-out", "关于完善医疗保障制度的意见", "深化医疗保障制度改革。"),
            Document("abbreviated", "医保目录调整通知", "医保药品目录。"),
            Document("unrelated", "道路交通安全法", "机动车。"));

        var ids = index.Reader.Search(new SearchRequest("医保")).Hits.Select(hit => hit.Id).ToList();

        Assert.Equal(["abbreviated", "spelled-out"], ids.Order(StringComparer.Ordinal));
    }
}
