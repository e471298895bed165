namespace PolicySearch.Engine.Relations;

/// <summary>The words more-like-this never picks, from the embedded list SimilarityStopWords.txt.</summary>
internal static class SimilarityStopWords
{
    private const string Resource = "PolicySearch.Engine.Relations.SimilarityStopWords.txt";

    private static readonly Lazy<HashSet<string>> _words = new(() => EmbeddedWordLists.Read(Resource));

    public static ISet<string> Words => _words.Value;
}
