using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Analysis;

/// <summary>
/// The rebuilt segmenter must emit exactly what SmartCn's own tokenizer emitted through the same
/// filters: same terms, offsets and position increments, in the same order.
/// </summary>
public sealed class WordSegmenterIdentityTests(ITestOutputHelper output)
{
    private static readonly WordAnalyzer Stock = StockChain(reader => new PolicyHmmTokenizer(reader));
    private static readonly WordAnalyzer Fast = new();

    public static TheoryData<string, string> Cases => new()
    {
        { "empty", string.Empty },
        { "whitespace only", " \t\r\n\u3000  \n" },
        { "punctuation only", "，。！？；：“”《》……——、（）【】·,.!?;:-" },
        { "over 1024 chars with clause punctuation", Repeat("各级人民政府应当依法履行职责，", 2_300) },
        { "over 1024 chars without punctuation", Repeat("中华人民共和国国务院关于加强法治政府建设的意见", 2_300) },
        { "exactly 1024 and 1025 chars", Repeat("法治政府建设实施纲要", 1_024) + "\n" + Repeat("法治政府建设实施纲要", 1_025) },
        { "word straddling the buffer edge", Repeat("各级人民政府应当依法履行职责，", 1_020) + "中华人民共和国" + Repeat("各级人民政府", 80) },
        { "10,000 Han chars without punctuation", Repeat("国务院办公厅关于印发政府网站集约化试点工作方案的通知各省自治区直辖市人民政府", 10_000) },
        { "line breaks", "国务院办公厅关于印发\r\n政府网站集约化\n试点工作方案\r的通知\u2028各省\u2029自治区\u0085直辖市" },
        { "Latin, digits and full width", "ＡＢＣ１２３与ABC123、Running Policies. iPhone12Pro ＸＹＺ-４５６ ａｂｃＤＥＦ 3.14% 12,345.67万元 2021-03-05" },
        { "identifiers", "京政发〔2021〕12号 11110108MB01M5718R/2021-00023 二〇二一年 ①加强 第Ⅲ条 ㈠" },
        { "other scripts", "Café résumé ÅNGSTRÖM ΑΒΓ Привет こんにちは 한국어 ﾊﾝｶｸ ｡｢｣" },
        { "Ext-B surrogate pairs", "𠀀𪚥中国𠀀，𪚥 𠀀 𪚥。𠀀𪚥𠀀" },
        { "lone surrogates", "\uD840中\uDC00国\uD840，\uDC00\uD840 \uDC00\uDC00\uD840" },
        { "Traditional script", "國務院關於印發實施方案的通知，各級人民政府應當依法履行職責。" },
        { "spaces between Han chars", "中 国 人 民  共和国 国\u3000务\t院" },
        { "sentence punctuation", "第一条　为了规范行政行为，制定本办法。第二条 本办法适用于本市! 是否? 是; 否: \"引号\" 'quote' (括号)" },
    };

    [Fact]
    public void Matches_the_stock_chain_on_every_title_and_body_of_the_sample_archive()
    {
        var documents = SampleIndexFixture.ArchiveDocuments().ToList();
        var texts = documents
            .SelectMany(document => new[] { (document.Id, Field: "title", Text: document.Title), (document.Id, Field: "body", Text: document.Body) })
            .ToList();
        var differences = new ConcurrentBag<(int Index, string Message)>();
        var compared = 0L;
        var characters = 0L;

        Parallel.For(0, texts.Count, index =>
        {
            var (id, field, text) = texts[index];
            var (difference, count) = TokenTrace.Compare(Stock, Fast, text);
            Interlocked.Add(ref compared, count);
            Interlocked.Add(ref characters, text.Length);
            if (difference is not null)
            {
                differences.Add((index, $"{id} {field}: {difference}"));
            }
        });

        output.WriteLine($"{documents.Count} documents, {texts.Count} texts, {characters:N0} chars, {compared:N0} tokens compared");
        Assert.Equal(597, documents.Count);
        Assert.True(compared > 100_000, $"only {compared} tokens compared");
        var first = differences.OrderBy(item => item.Index).Select(item => item.Message).FirstOrDefault();
        Assert.True(first is null, $"{differences.Count} texts differ; first: {first}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_stock_chain(string name, string text)
    {
        var (difference, _) = TokenTrace.Compare(Stock, Fast, text);
        Assert.True(difference is null, $"{name}: {difference}");
    }

    [Fact]
    public void The_comparison_reports_a_changed_token()
    {
        // SmartCn without our safe buffer ends cuts 中华人民共和国 at offset 1024: the check must see that.
        var text = Repeat("各级人民政府应当依法履行职责，", 1_020) + "中华人民共和国" + Repeat("各级人民政府", 80);
        var (difference, _) = TokenTrace.Compare(Stock, StockChain(reader => new HMMChineseTokenizer(reader)), text);
        Assert.NotNull(difference);
        Assert.Contains("中华", difference);
    }

    /// <summary>The word chain over SmartCn's own tokenizer, as it was before the segmenter was rebuilt.</summary>
    private static WordAnalyzer StockChain(Func<TextReader, Tokenizer> tokenizer)
    {
        AnalyzerProfile.ANALYSIS_DATA_DIR = string.Empty;
        return new WordAnalyzer(tokenizer);
    }

    private static string Repeat(string phrase, int length)
    {
        var text = string.Concat(Enumerable.Repeat(phrase, (length / phrase.Length) + 1));
        return text[..length];
    }
}
