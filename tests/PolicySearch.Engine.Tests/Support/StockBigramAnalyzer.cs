using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>
/// The chain BigramTokenizer replaces, built from Lucene's own parts (and, unless
/// <paramref name="interiorUnigrams"/>, <see cref="InteriorUnigramFilter"/>): the reference of the identity tests.
/// </summary>
internal sealed class StockBigramAnalyzer(bool outputUnigrams = true, bool bigrams = true, bool folding = true, bool interiorUnigrams = false) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => folding ? new FoldingCharFilter(reader) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        if (bigrams)
        {
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams);
            if (outputUnigrams && !interiorUnigrams)
            {
                stream = new InteriorUnigramFilter(stream);
            }
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
