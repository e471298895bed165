using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// More-like-this tuned for SmartCn words (see LUCENENET-NOTES §4): the defaults pick one-character
/// fragments and function words. Here: words of two characters or more, a function-word stop list, no word found
/// in more than <see cref="MaxDocFreqPercent"/>% of documents, and the <see cref="MaxQueryTerms"/> best words of
/// the body by tf·idf. The index has no term vectors, so the stored body is analysed again.
/// </summary>
internal static class ChineseMoreLikeThis
{
    public const int MinWordLength = 2;
    public const int MaxQueryTerms = 20;
    public const int MaxDocFreqPercent = 60;

    /// <summary>A word in one document only cannot find another one.</summary>
    public const int MinDocFreq = 2;

    /// <summary>Bodies shorter than this (notices, short rules) keep words they use once.</summary>
    public const int ShortBodyLength = 1500;

    /// <summary>Long laws are read this far: enough to learn their subject.</summary>
    public const int MaxTokensParsed = 20_000;

    public static Query Like(IndexReader reader, string body)
    {
        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = PolicyAnalyzers.Index,
            FieldNames = [IndexFields.Body],
            MinWordLen = MinWordLength,
            MaxQueryTerms = MaxQueryTerms,
            MinDocFreq = MinDocFreq,
            MinTermFreq = body.Length < ShortBodyLength ? 1 : 2,
            MaxNumTokensParsed = MaxTokensParsed,
            StopWords = SimilarityStopWords.Words,
            ApplyBoost = true,
        };
        moreLikeThis.SetMaxDocFreqPct(MaxDocFreqPercent);
        using var text = new StringReader(body);
        return moreLikeThis.Like(text, IndexFields.Body);
    }
}
