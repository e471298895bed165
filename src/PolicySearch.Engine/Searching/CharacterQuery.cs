using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// One CJK character searched alone in a bigram field. The index keeps a character's unigram only where
/// a run of characters starts or ends (or it stands alone); inside a run it is there as the first half of
/// the bigram it starts. So the query is its unigram, scored, or, unscored, any term it begins — or, in
/// the body, the ideograph in <see cref="IndexFields.BodyIdeographs"/>: one postings list, where a prefix
/// over the body's bigrams visits thousands for a common character. Together they find every occurrence,
/// and documents where the character ends a run or stands as a word rank first.
/// </summary>
internal static class CharacterQuery
{
    public static BooleanQuery For(string field, string character)
    {
        var term = new Term(field, character);
        Query anywhere = IndexFields.IdeographFieldOf(field) is { } ideographs && IsIdeograph(character)
            ? new TermQuery(new Term(ideographs, character))
            : new PrefixQuery(term);
        return new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(term), Occur.SHOULD },
            { new ConstantScoreQuery(anywhere) { Boost = 0f }, Occur.SHOULD },
        };
    }

    private static bool IsIdeograph(string character) =>
        Rune.TryGetRuneAt(character, 0, out var rune) && rune.Utf16SequenceLength == character.Length && HanCharacters.IsIdeograph(rune.Value);
}
