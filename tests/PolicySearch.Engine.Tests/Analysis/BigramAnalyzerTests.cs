using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

public class BigramAnalyzerTests
{
    private static List<string> IndexTerms(string text) => AnalysisProbe.Terms(PolicyAnalyzers.Index, IndexFields.BodyBigrams, text);

    private static List<string> QueryTerms(string text) => QueryAnalysis.Tokens(IndexFields.BodyBigrams, text).Select(token => token.Term).ToList();

    [Fact]
    public void Phrases_use_the_overlapping_bigrams_of_a_term_SmartCn_splits()
    {
        Assert.Equal(["营商", "商环", "环境"], QueryTerms("营商环境"));
        Assert.Equal(["放管", "管服"], QueryTerms("放管服"));
        Assert.Equal(["法治"], QueryTerms("法治"));
    }

    [Fact]
    public void Emits_unigrams_only_where_a_run_starts_or_ends()
    {
        Assert.Equal(["法", "法治", "治政", "政府", "府"], IndexTerms("法治政府"));
        Assert.Equal(["2023", "年", "年度", "度"], IndexTerms("2023年度"));
        Assert.Equal(["税"], IndexTerms("税"));
    }

    [Fact]
    public void Phrases_keep_a_lone_character_as_a_unigram()
    {
        Assert.Equal(["税"], QueryTerms("税"));
    }

    [Fact]
    public void Folds_traditional_script_to_the_same_bigrams()
    {
        Assert.Equal(QueryTerms("营商环境"), QueryTerms("營商環境"));
    }

    [Fact]
    public void Does_not_bigram_across_punctuation_but_keeps_the_index_positions()
    {
        var tokens = QueryAnalysis.Tokens(IndexFields.BodyBigrams, "环境，依法");

        Assert.Equal([("环境", 0), ("依法", 2)], tokens);
    }

    [Fact]
    public void Keeps_the_parts_of_a_document_number()
    {
        Assert.Equal(["国发", "2021", "1", "号"], QueryTerms("国发〔2021〕1号"));
        Assert.Equal(QueryTerms("国发〔2021〕1号"), QueryTerms("国发[2021]1号"));
        Assert.Equal(QueryTerms("国发〔2021〕1号"), QueryTerms("国发［２０２１］１号"));
    }

    [Fact]
    public void Treats_a_supplementary_character_as_one_character()
    {
        Assert.Equal(["𠀀𪚥"], QueryTerms("𠀀𪚥"));
    }
}
