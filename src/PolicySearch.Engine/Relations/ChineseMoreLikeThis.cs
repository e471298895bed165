using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// More-like-this tuned for SmartCn words: Lucene's defaults (MinWordLen 0, no stop words, MinTermFreq 2,
/// MinDocFreq 5) pick one-character fragments of names SmartCn shreds and function words (和 为 年 的). Here: words of two characters or more, a function-word stop list, no word found
/// in more than <see cref="MaxDocFreqPercent"/>% of documents, and the <see cref="MaxQueryTerms"/> best words of
/// the text by tf·idf. The index has no term vectors, so the stored text is analysed again: the title and the
/// first <see cref="MaxTextLength"/> characters of the body (SmartCn reads about 50–100k characters a second, and the
/// opening of a law, its 总则, names its subject).
/// </summary>
internal static class ChineseMoreLikeThis
{
    public const int MinWordLength = 2;
    public const int MaxQueryTerms = 20;
    public const int MaxDocFreqPercent = 60;

    /// <summary>A word in one document only cannot find another one.</summary>
    public const int MinDocFreq = 2;

    /// <summary>Texts shorter than this (notices, short rules) keep words they use once.</summary>
    public const int ShortTextLength = 1500;

    public const int MaxTextLength = 4000;

    public static Query Like(IndexReader reader, string title, string body)
    {
        var text = string.Concat(title, "\n", body.Length > MaxTextLength ? body[..MaxTextLength] : body);
        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = PolicyAnalyzers.Index,
            FieldNames = [IndexFields.Body],
            MinWordLen = MinWordLength,
            MaxQueryTerms = MaxQueryTerms,
            MinDocFreq = MinDocFreq,
            MinTermFreq = text.Length < ShortTextLength ? 1 : 2,
            StopWords = SimilarityStopWords.Words,
            ApplyBoost = true,
        };
        moreLikeThis.SetMaxDocFreqPct(MaxDocFreqPercent);
        using var like = new StringReader(text);
        return moreLikeThis.Like(like, IndexFields.Body);
    }
}
