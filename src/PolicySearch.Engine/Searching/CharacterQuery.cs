using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// One CJK character searched alone in a bigram field. The index keeps a character's unigram only where
/// a run of characters starts or ends (or it stands alone); inside a run it is there as the first half of
/// the bigram it starts. So the query is its unigram, scored, or any term it begins, unscored: together
/// they find every occurrence, and documents where the character ends or stands as a word rank first.
/// </summary>
internal static class CharacterQuery
{
    public static BooleanQuery For(string field, string character)
    {
        var term = new Term(field, character);
        return new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(term), Occur.SHOULD },
            { new ConstantScoreQuery(new PrefixQuery(term)) { Boost = 0f }, Occur.SHOULD },
        };
    }
}
