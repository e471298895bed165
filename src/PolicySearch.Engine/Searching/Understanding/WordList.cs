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

    private static WordList FromResource(string name) =>
        new(EmbeddedWordLists.Read($"PolicySearch.Engine.Searching.Understanding.{name}"));
}
