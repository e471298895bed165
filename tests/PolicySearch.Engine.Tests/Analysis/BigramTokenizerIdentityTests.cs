using System.Text;
using PolicySearch.Core.Import;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

/// <summary>
/// BigramTokenizer must give exactly what the stock chain gives, less its interior unigrams (term, offsets,
/// position increment and length, type, and the state after End): the index and every query depend on it.
/// </summary>
public class BigramTokenizerIdentityTests
{
    private static readonly StockBigramAnalyzer Stock = new();
    private static readonly BigramAnalyzer Fast = new();

    private static List<string> WithFlags(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var flags = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.BodyBigrams, text);
        var flag = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IFlagsAttribute>();
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            flags.Add($"{term}:{flag.Flags}");
            flag.Flags = 7; // a consumer's mark, which the next token must not carry
        }

        stream.End();
        return flags;
    }

    public static TheoryData<string> Cases() =>
    [
        "", " ", "，。", "中", "中国", "法治政府建设实施纲要（2021—2025年）",
        "Running Policies, COVID-19 and the WTO's rules", "don't", "O'Neil's", "rock'n'roll",
        "2023.5.1", "3.14", "12,345.67万元", "1,000", "v1.2.3", "3.14%", "第3.2条", "2021-03-05",
        "ＡＢＣ１２３与ABC123", "ｆｕｌｌ－ｗｉｄｔｈ：ｔｅｘｔ", "国发〔2021〕1号", "国发［２０２１］１号",
        "한국어 텍스트와 中文", "한국abc123", "カタカナとひらがな", "ｶﾀｶﾅ ｶﾞｷﾞ ﾊﾟﾋﾟ", "日本語のテキスト", "中ーカ",
        "𠀀𪚥", "中𠀀国𪚥", "𠀀a𪚥", "𪚥\u0301中", "中\u0301国", "中\u200D国", "中\u00AD国", "中\uFE0F国", "中\u3099国", "中\u19B0国", "中\u1CF2",
        "email foo.bar@example.com 与 https://www.gov.cn/zhengce/2021-01/01/content_1.htm 链接",
        "_under_score_ 中_国 a_中", "中.国 a.中 1.中 中.1", "中'国 a'中", "中:国 a:b", "二〇二一年", "人々", "〆切",
        "①加强 ⑴ ㈠ Ⅳ", "ÅNGSTRÖM Café résumé ΑΒΓ Σίσυφος ǅ", "İstanbul", "ﬁle ß", "Thai ภาษาไทย中文", "עברית \"x\" א\"ב",
        "\u0301中", "中\uD800国", "国\uDC00a", "a\u200Bb", "𝐀𝐁𝐂 𝟏𝟐", "😀中😀国", "中\U0001F3FB国",
        "\r\n中\n\n国\t\u3000文", new string('a', 300) + "中" + new string('b', 255), "中" + new string('x', 256),
        new string('x', 256) + " y " + new string('z', 600), "中" + new string('1', 700) + "国",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_the_stock_tokens_for_tricky_text(string text) =>
        Assert.Equal(string.Empty, TokenDump.Difference(Stock, Fast, IndexFields.BodyBigrams, text));

    [Fact]
    public async Task Gives_the_stock_tokens_for_every_title_and_body_of_the_sample_archive()
    {
        var differences = new List<string>();
        var texts = 0;
        var archive = SampleIndexFixture.ArchivePath;
        await foreach (var line in JsonLinesDocumentReader.ReadAsync(archive))
        {
            foreach (var text in new[] { line.Document!.Title, line.Document.Body })
            {
                texts++;
                var difference = TokenDump.Difference(Stock, Fast, IndexFields.BodyBigrams, text);
                if (difference.Length > 0)
                {
                    differences.Add($"{line.Document.Id}: {difference}");
                }
            }
        }

        Assert.True(texts > 1000, $"only {texts} texts read");
        Assert.Empty(differences);
    }

    [Fact]
    public void Gives_the_stock_tokens_for_random_mixed_script_text()
    {
        const string Alphabet = "中国法治政府𠀀𪚥〇々ーカタカナひらがなｶﾞﾊﾟ한국어abcXYZ０１２３4567890ＡＢ.,:;'’‘\"_-/@ \n\t\u3000，。、《》（）—…\u0301\u200D\u00ADéßİ①ภาษาא😀";
        var alphabet = Alphabet.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        var random = new Random(20261125);
        var differences = new List<string>();
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var j = 0; j < length; j++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var difference = TokenDump.Difference(Stock, Fast, IndexFields.BodyBigrams, text.ToString());
            if (difference.Length > 0)
            {
                differences.Add(difference);
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void Reuses_one_tokenizer_across_texts_of_every_size()
    {
        var texts = new[] { new string('中', 5000) + "abc", "x", string.Concat(Enumerable.Repeat("法治政府2021年，", 40000)), "国" };
        foreach (var text in texts)
        {
            Assert.Equal(string.Empty, TokenDump.Difference(Stock, Fast, IndexFields.BodyBigrams, text));
        }
    }

    [Fact]
    public void Clears_attributes_a_consumer_added_as_the_stock_filters_do()
    {
        const string Text = "法治abc政府，中国2021";
        Assert.Equal(WithFlags(Stock, Text), WithFlags(Fast, Text));
    }

    [Fact]
    public void The_comparison_notices_a_different_chain()
    {
        Assert.NotEqual(string.Empty, TokenDump.Difference(Stock, new StockBigramAnalyzer(outputUnigrams: false), IndexFields.BodyBigrams, "法治政府"));
        Assert.NotEqual(string.Empty, TokenDump.Difference(Stock, new StockBigramAnalyzer(interiorUnigrams: true), IndexFields.BodyBigrams, "法治政府"));
        Assert.NotEqual(string.Empty, TokenDump.Difference(Stock, new StockBigramAnalyzer(bigrams: false), IndexFields.BodyBigrams, "法治"));
        Assert.NotEqual(string.Empty, TokenDump.Difference(new StockBigramAnalyzer(bigrams: false), Fast, IndexFields.BodyBigrams, "中国"));
    }
}
