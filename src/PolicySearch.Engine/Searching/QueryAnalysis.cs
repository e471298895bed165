using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>Runs query text through a field's analyzer and turns the tokens into term or phrase queries.</summary>
internal static class QueryAnalysis
{
    /// <summary>
    /// The terms and positions a phrase over the field must have. Bigram fields are analysed exactly as
    /// at index time (bigrams, and unigrams where a run starts or ends), then the unigrams that a bigram
    /// covers are dropped: that keeps the index's positions, so a phrase still matches across punctuation
    /// (最高人民法院、最高人民检察院).
    /// </summary>
    public static IReadOnlyList<(string Term, int Position)> Tokens(string field, string text) =>
        PhraseTokens(field, text).Select(token => (token.Term, token.Position)).ToList();

    /// <summary>
    /// The SmartCn words of the text, with each run of adjacent single-character words joined back
    /// together: SmartCn shreds words it does not know (营商 → 营|商, 法治 alone → 法|治), and those
    /// characters are only meaningful as the run they came from.
    /// </summary>
    public static IReadOnlyList<WordGroup> WordGroups(string text)
    {
        var groups = new List<WordGroup>();
        var runStart = -1;
        var runEnd = -1;
        foreach (var token in Analyze(IndexFields.Body, text))
        {
            var isSingle = token.End - token.Start == 1 || (token.End - token.Start == 2 && char.IsSurrogatePair(text, token.Start));
            if (isSingle && runStart >= 0 && token.Start == runEnd)
            {
                runEnd = token.End;
                continue;
            }

            FlushRun();
            if (isSingle)
            {
                runStart = token.Start;
                runEnd = token.End;
            }
            else
            {
                groups.Add(new WordGroup(token.Term, text[token.Start..token.End], IsWord: true));
            }
        }

        FlushRun();
        return groups;

        void FlushRun()
        {
            if (runStart >= 0)
            {
                groups.Add(new WordGroup(null, text[runStart..runEnd], IsWord: false));
                runStart = -1;
            }
        }
    }

    /// <summary>Where SmartCn's words of the text start and end (offsets into the text; punctuation has none).</summary>
    public static IReadOnlyList<(int Start, int End)> WordSpans(string text) =>
        Analyze(IndexFields.Body, text).Select(token => (token.Start, token.End)).ToList();

    /// <summary>
    /// A phrase of the analyzed text (exact sequence, gaps kept), a term query for one token, or
    /// <see cref="CharacterQuery"/> for a character alone in a bigram field; null for none.
    /// </summary>
    public static Query? Phrase(string field, string text, float boost)
    {
        var tokens = PhraseTokens(field, text);
        Query? query = tokens.Count switch
        {
            0 => null,
            1 when tokens[0].Type == CJKBigramFilter.SINGLE_TYPE => CharacterQuery.For(field, tokens[0].Term),
            1 => new TermQuery(new Term(field, tokens[0].Term)),
            _ => BuildPhrase(field, tokens),
        };
        if (query is not null)
        {
            query.Boost = boost;
        }

        return query;
    }

    private static List<AnalyzedToken> PhraseTokens(string field, string text)
    {
        var tokens = Analyze(field, text);
        if (!IndexFields.IsBigramField(field))
        {
            return tokens;
        }

        var bigrams = tokens.Where(token => token.Type == CJKBigramFilter.DOUBLE_TYPE).ToList();
        var covered = new HashSet<int>(bigrams.Select(token => token.Start).Concat(bigrams.Select(token => token.End - 1)));
        return tokens
            .Where(token => token.Type != CJKBigramFilter.SINGLE_TYPE || (!covered.Contains(token.Start) && !covered.Contains(token.End - 1)))
            .ToList();
    }

    [ThreadStatic]
    private static Dictionary<(bool Bigrams, string Text), List<AnalyzedToken>>? t_searchMemo;

    /// <summary>
    /// Until disposed, text analysed on this thread is remembered: one search analyses the same clause for
    /// several fields (all bigram fields share one analyzer), for its synonyms, and again for highlighting.
    /// </summary>
    public static IDisposable RememberWithinSearch()
    {
        t_searchMemo = [];
        return new SearchMemoScope();
    }

    private static List<AnalyzedToken> Analyze(string field, string text)
    {
        if (t_searchMemo is not { } memo)
        {
            return AnalyzeNow(field, text);
        }

        var key = (IndexFields.IsBigramField(field), text);
        if (!memo.TryGetValue(key, out var tokens))
        {
            tokens = AnalyzeNow(field, text);
            memo[key] = tokens;
        }

        return tokens;
    }

    private static List<AnalyzedToken> AnalyzeNow(string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = PolicyAnalyzers.Index.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset, type.Type));
        }

        stream.End();
        return tokens;
    }

    private static PhraseQuery BuildPhrase(string field, List<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }

    private sealed class SearchMemoScope : IDisposable
    {
        public void Dispose() => t_searchMemo = null;
    }

    private sealed record AnalyzedToken(string Term, int Position, int Start, int End, string Type);
}
