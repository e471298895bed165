using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

public class WordAnalyzerTests
{
    private static List<string> Words(string text) => AnalysisProbe.Terms(PolicyAnalyzers.Index, IndexFields.Body, text);

    [Fact]
    public void Segments_classic_vocabulary_into_words()
    {
        Assert.Equal(["北京市", "海淀区", "人民政府", "关于", "法治", "政府"], Words("北京市海淀区人民政府关于法治政府"));
    }

    [Fact]
    public void Splits_out_of_vocabulary_policy_terms_which_the_bigram_field_must_cover()
    {
        Assert.Equal(["营", "商", "环境"], Words("营商环境"));
        Assert.Equal(["放", "管", "服"], Words("放管服"));
    }

    [Fact]
    public void Segments_a_short_word_differently_alone_than_in_context()
    {
        Assert.Equal(["法", "治"], Words("法治"));
    }

    [Fact]
    public void Folds_traditional_script_before_segmenting()
    {
        Assert.Equal(["国务院", "关于", "印发", "实施", "方案"], Words("國務院關於印發實施方案"));
    }

    [Fact]
    public void Keeps_original_offsets_when_folding_traditional_script()
    {
        var tokens = AnalysisProbe.Tokens(PolicyAnalyzers.Index, IndexFields.Body, "關於印發");
        Assert.Equal([("关于", 0, 2), ("印发", 2, 4)], tokens);
    }

    [Fact]
    public void Folds_full_width_letters_and_digits()
    {
        Assert.Equal(["abc", "123"], Words("ＡＢＣ１２３"));
    }

    [Fact]
    public void Shreds_a_document_number_so_a_keyword_field_is_needed()
    {
        Assert.Equal(["京", "政发", "2021", "12", "号"], Words("京政发〔2021〕12号"));
    }

    [Fact]
    public void Does_not_cut_a_word_at_the_1024_character_buffer_edge()
    {
        // One 1,100-character line with no line break; 中华人民共和国 straddles offset 1024.
        var filler = string.Concat(Enumerable.Repeat("各级人民政府应当依法履行职责，", 70));
        var text = filler[..1020] + "中华人民共和国" + filler[..73];
        Assert.Equal(1100, text.Length);

        var tokens = AnalysisProbe.Tokens(PolicyAnalyzers.Index, IndexFields.Body, text);

        Assert.Contains(("中华人民共和国", 1020, 1027), tokens);
    }

    [Fact]
    public void Keeps_supplementary_characters_whole_instead_of_as_lone_surrogates()
    {
        var terms = Words("𠀀𪚥");

        Assert.Equal(["𠀀", "𪚥"], terms);
        Assert.DoesNotContain(terms, term => term.Length == 1 && char.IsSurrogate(term[0]));
    }

    [Fact]
    public void Drops_punctuation()
    {
        Assert.Equal(["依法", "行政"], Words("依法，行政。"));
    }
}
