using System.Reflection;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>A list of words embedded in the program (one a line, # comments), looked up by span.</summary>
internal sealed class WordList
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(HashSet<string> words)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestWord = words.Count == 0 ? 0 : words.Max(word => word.Length);
    }

    public static WordList QuestionForms { get; } = FromResource("QuestionForms.txt");

    public static WordList FunctionWords { get; } = FromResource("FunctionWords.txt");

    public int LongestWord { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    private static WordList FromResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PolicySearch.Engine.Searching.Understanding.{name}")
            ?? throw new InvalidOperationException($"The word list {name} is not embedded in the program.");
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

        return new WordList(words);
    }
}
