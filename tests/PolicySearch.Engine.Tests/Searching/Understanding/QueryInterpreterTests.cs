using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Tests.Searching.Understanding;

/// <summary>How the free text of a query is read: question forms and function words ignored, everyday words mapped.</summary>
public sealed class QueryInterpreterTests
{
    private static readonly EverydayLexicon Lexicon = EverydayLexicon.Parse(
        new StringReader("复议 => 行政复议\n养狗 => 养犬\n办证 => 登记\n放鞭炮 => 燃放烟花爆竹\n酒后开车 => 饮酒后驾驶, 酒后驾驶\n开车 => 驾驶\n996 => 延长工作时间\n孩子 => 子女\n"),
        "test");

    private static QueryInterpretation? Interpret(string query, bool force = false) =>
        QueryInterpreter.Interpret(UserQueryParser.Parse(query), Lexicon, force);

    [Fact]
    public void A_question_keeps_its_content_and_maps_everyday_words()
    {
        var interpretation = Interpret("养狗需要办证吗")!;

        Assert.True(interpretation.IsQuestion);
        Assert.Equal(["需要", "吗"], interpretation.Ignored);
        Assert.Equal(["养狗", "办证"], interpretation.Concepts.Select(concept => concept.Text));
        Assert.Equal(["养犬"], interpretation.Concepts[0].FormalTerms);
        Assert.Equal(["登记"], interpretation.Concepts[1].FormalTerms);
    }

    [Theory]
    [InlineData("被公司辞退了有补偿吗", "辞退", "解除劳动合同")]
    [InlineData("被老板打了怎么办", "打", "殴打")]
    public void A_passive_entry_applies_when_the_agent_stands_between_bei_and_the_verb(string query, string verb, string formal)
    {
        var lexicon = EverydayLexicon.Parse(new StringReader("被辞退 => 解除劳动合同\n被打 => 殴打\n"), "test");

        var interpretation = QueryInterpreter.Interpret(UserQueryParser.Parse(query), lexicon)!;

        Assert.Contains(interpretation.Concepts, concept => concept.Text == verb && concept.FormalTerms.SequenceEqual([formal]));
    }

    [Theory]
    [InlineData("被告公司辞退员工")]
    [InlineData("被公司。辞退")]
    [InlineData("被那家很大的物流公司辞退")]
    [InlineData("被狗咬了打疫苗")]
    public void A_passive_entry_needs_a_bei_of_its_own_in_the_same_clause_a_few_characters_before(string query)
    {
        var lexicon = EverydayLexicon.Parse(new StringReader("被辞退 => 解除劳动合同\n被打 => 殴打\n被狗咬了 => 犬只伤人\n"), "test");

        var interpretation = QueryInterpreter.Interpret(UserQueryParser.Parse(query), lexicon, force: true);

        Assert.DoesNotContain(interpretation?.Concepts ?? [], concept => concept.IsMapped && concept.Text != "被狗咬了");
    }

    [Fact]
    public void The_longest_everyday_phrase_maps_as_a_unit()
    {
        var interpretation = Interpret("酒后开车怎么处罚")!;

        Assert.Equal("酒后开车", interpretation.Concepts[0].Text);
        Assert.Equal(["饮酒后驾驶", "酒后驾驶"], interpretation.Concepts[0].FormalTerms);
        Assert.Equal(["怎么"], interpretation.Ignored);
        Assert.Contains(interpretation.Concepts, concept => concept.Text == "处罚" && !concept.IsMapped);
    }

    [Fact]
    public void Traditional_script_is_read_like_simplified()
    {
        var interpretation = Interpret("結婚登記要帶什麼")!;

        Assert.True(interpretation.IsQuestion);
        Assert.Contains("什么", interpretation.Ignored);
        Assert.Contains(interpretation.Concepts, concept => concept.Text == "结婚");
    }

    [Fact]
    public void A_question_word_that_is_a_person_word_is_ignored_even_when_the_lexicon_maps_it()
    {
        var interpretation = Interpret("孩子上学要交什么钱")!;

        Assert.Contains("孩子", interpretation.Ignored);
        Assert.DoesNotContain(interpretation.Concepts, concept => concept.Text == "孩子");
    }

    [Fact]
    public void Content_words_repeated_across_sentences_weigh_more()
    {
        var interpretation = Interpret("我在工地受伤了，老板不管。工伤谁负责？工地说不是他们的事。")!;

        var site = interpretation.Concepts.Single(concept => concept.Text == "工地");
        Assert.True(site.Weight > 1);
        Assert.Equal(1, interpretation.Concepts.Single(concept => concept.Text == "老板").Weight);
        Assert.Contains("我", interpretation.Ignored);
    }

    [Fact]
    public void Runs_of_several_words_between_question_words_are_kept_as_phrases()
    {
        var interpretation = Interpret("专项维修资金怎么用")!;

        Assert.Equal(["专项维修资金"], interpretation.Phrases);
        Assert.Empty(Interpret("养狗需要办证吗")!.Phrases);
    }

    [Theory]
    [InlineData("行政复议法")]
    [InlineData("机关根据实际需要要求纳税人报送的")]
    [InlineData("国务院办公厅关于加强和改进政务公开的意见")]
    [InlineData("国办发〔2018〕71号")]
    public void A_query_without_question_forms_or_everyday_words_is_searched_as_typed(string query)
    {
        Assert.Null(Interpret(query));
    }

    [Fact]
    public void A_query_with_alternatives_is_never_reinterpreted()
    {
        Assert.Null(Interpret("养狗 OR 养犬"));
    }

    [Fact]
    public void Quoted_phrases_and_fields_stay_out_of_the_interpretation()
    {
        var interpretation = Interpret("\"怎么办\" 养狗 title:条例")!;

        Assert.Equal(["养狗"], interpretation.Concepts.Select(concept => concept.Text));
        Assert.Empty(interpretation.Ignored);
    }

    [Fact]
    public void An_everyday_word_inside_its_own_formal_term_is_not_mapped()
    {
        Assert.Null(Interpret("行政复议 申请 期限"));
        Assert.Equal(["行政复议"], Interpret("复议 怎么申请")!.Concepts[0].FormalTerms);
    }

    [Fact]
    public void An_everyday_word_of_digits_does_not_cut_a_longer_number()
    {
        Assert.Null(Interpret("第2996号建议"));
        Assert.Equal(["延长工作时间"], Interpret("996 合法吗")!.Concepts[0].FormalTerms);
    }

    [Fact]
    public void A_query_of_question_words_only_has_no_concepts()
    {
        var interpretation = Interpret("怎么办呢")!;

        Assert.Empty(interpretation.Concepts);
        Assert.Equal(["怎么办", "呢"], interpretation.Ignored);
    }

    [Fact]
    public void A_question_mark_makes_a_question()
    {
        Assert.True(Interpret("工伤认定？")!.IsQuestion);
    }

    [Fact]
    public void Forced_reading_drops_function_words_of_a_plain_query()
    {
        var interpretation = Interpret("晚上 工地 的 施工", force: true)!;

        Assert.False(interpretation.IsQuestion);
        Assert.Equal(["的"], interpretation.Ignored);
        Assert.Equal(["晚上", "工地", "施工"], interpretation.Concepts.Select(concept => concept.Text));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(12, 4)]
    public void The_minimum_match_grows_with_the_number_of_concepts(int concepts, int minimum)
    {
        var interpretation = new QueryInterpretation(
            Enumerable.Range(0, concepts).Select(i => new QueryConcept($"词{i}", [], 1, IsCounted: true)).ToList(), [], IsQuestion: true);

        Assert.Equal(minimum, interpretation.DefaultMinimumMatch);
    }
}
