using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// CJK bigrams for recall: terms SmartCn does not know (放管服, 营商环境) and words it segments
/// differently alone than in context (法治 vs 法治政府) still match. Unigrams are emitted too, so
/// single-character queries match; phrase queries keep only the unigrams no bigram covers.
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    private const CJKScript Scripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;
    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new CJKBigramFilter(stream, Scripts, outputUnigrams: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
