using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Analysis;

/// <summary>SmartCn words: folded input, safe buffer ends, English stemming, punctuation dropped, Ext-B kept whole.</summary>
internal sealed class WordAnalyzer : Analyzer
{
    private readonly Func<TextReader, Tokenizer> _tokenizer;

    public WordAnalyzer()
        : this(reader => new FastSmartCnTokenizer(reader))
    {
    }

    /// <summary>The same chain over another SmartCn tokenizer (the identity tests run SmartCn's own through it).</summary>
    internal WordAnalyzer(Func<TextReader, Tokenizer> tokenizer) => _tokenizer = tokenizer;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = _tokenizer(reader);
        TokenStream stream = new SurrogatePairFilter(tokenizer);
        stream = new PorterStemFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SmartChineseAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
