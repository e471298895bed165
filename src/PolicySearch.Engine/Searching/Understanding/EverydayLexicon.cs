using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// Everyday words and the words the documents use for them (养狗 => 养犬; 酒后开车 => 饮酒后驾驶, 酒后驾驶),
/// from config/everyday.txt. Keys and terms are compared folded; the longest key at a position wins.
/// </summary>
internal sealed class EverydayLexicon
{
    public const string BuiltInResource = "PolicySearch.Engine.everyday.txt";
    private const string Arrow = "=>";
    private readonly Dictionary<string, string[]> _entries;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EverydayLexicon(Dictionary<string, string[]> entries)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestKey = entries.Count == 0 ? 0 : entries.Keys.Max(key => key.Length);
    }

    public static EverydayLexicon Empty { get; } = new([]);

    public int Count => _entries.Count;

    public int LongestKey { get; }

    /// <param name="source">Named in error messages (the file's path).</param>
    /// <exception cref="InvalidDataException">A line is not <c>everyday => formal, formal</c>, or names a word twice.</exception>
    public static EverydayLexicon Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var arrow = trimmed.IndexOf(Arrow, StringComparison.Ordinal);
            var everyday = arrow < 0 ? string.Empty : SearchFolding.Fold(trimmed[..arrow].Trim());
            var terms = arrow < 0 ? [] : trimmed[(arrow + Arrow.Length)..]
                .Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(SearchFolding.Fold)
                .Where(term => term != everyday)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (everyday.Length == 0 || terms.Length == 0 || everyday.Any(char.IsWhiteSpace))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 'everyday word => formal term, formal term', got '{trimmed}'.");
            }

            if (!entries.TryAdd(everyday, terms))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: '{everyday}' is already mapped on an earlier line.");
            }
        }

        return new EverydayLexicon(entries);
    }

    /// <summary>The file if it can be found, otherwise the built-in copy.</summary>
    public static EverydayLexicon Load(string? path)
    {
        using var reader = QueryConfigFiles.Open(path, BuiltInResource);
        return reader is null ? Empty : Parse(reader, path ?? BuiltInResource);
    }

    /// <summary>The longest everyday word starting at <paramref name="start"/> of the folded text, with its formal terms.</summary>
    public (int Length, string[] Terms)? LongestAt(string folded, int start)
    {
        ArgumentNullException.ThrowIfNull(folded);
        for (var length = Math.Min(LongestKey, folded.Length - start); length > 0; length--)
        {
            if (_lookup.TryGetValue(folded.AsSpan(start, length), out var terms))
            {
                return (length, terms);
            }
        }

        return null;
    }
}
