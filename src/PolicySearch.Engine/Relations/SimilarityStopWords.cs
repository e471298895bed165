using System.Reflection;

namespace PolicySearch.Engine.Relations;

/// <summary>The words more-like-this never picks, from the embedded list SimilarityStopWords.txt.</summary>
internal static class SimilarityStopWords
{
    private const string Resource = "PolicySearch.Engine.Relations.SimilarityStopWords.txt";

    private static readonly Lazy<HashSet<string>> _words = new(Load);

    public static ISet<string> Words => _words.Value;

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
