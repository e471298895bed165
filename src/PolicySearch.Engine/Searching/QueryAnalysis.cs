using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>Runs query text through a field's query analyzer and turns the tokens into term or phrase queries.</summary>
internal static class QueryAnalysis
{
    public static IReadOnlyList<(string Term, int Position)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = PolicyAnalyzers.Query.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            tokens.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>A phrase of the analyzed text (exact sequence, gaps kept), or a term query for one token; null for none.</summary>
    public static Query? Phrase(string field, string text, float boost)
    {
        var tokens = Tokens(field, text);
        Query? query = tokens.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(field, tokens[0].Term)),
            _ => BuildPhrase(field, tokens),
        };
        if (query is not null)
        {
            query.Boost = boost;
        }

        return query;
    }

    private static PhraseQuery BuildPhrase(string field, IReadOnlyList<(string Term, int Position)> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }
}
