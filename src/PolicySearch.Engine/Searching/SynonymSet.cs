using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Groups of terms that mean the same (医保 = 医疗保障). A query clause containing one term gets
/// variants with each other term of its group in its place. Terms are compared folded.
/// </summary>
internal sealed class SynonymSet
{
    private const string BuiltInResource = "PolicySearch.Engine.synonyms.txt";
    private const int MaxVariants = 6;
    private readonly List<(string Term, string[] Group)> _terms;

    private SynonymSet(List<(string Term, string[] Group)> terms)
    {
        _terms = terms;
    }

    public static SynonymSet Empty { get; } = new([]);

    public int GroupCount => _terms.Select(entry => entry.Group).Distinct().Count();

    public static SynonymSet Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var terms = new List<(string Term, string[] Group)>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var group = trimmed.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(SearchFolding.Fold)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (group.Length > 1)
            {
                terms.AddRange(group.Select(term => (term, group)));
            }
        }

        // Longest first, so 全国人大常委会 wins over 全国人大.
        terms.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));
        return new SynonymSet(terms);
    }

    /// <summary>The file if it can be found, otherwise the built-in copy.</summary>
    public static SynonymSet Load(string? path)
    {
        using var reader = QueryConfigFiles.Open(path, BuiltInResource);
        return reader is null ? Empty : Parse(reader);
    }

    /// <summary>The clause's text with the first synonym it contains replaced by each alternative; empty when none.</summary>
    public IReadOnlyList<string> Variants(string text)
    {
        var folded = SearchFolding.Fold(text);
        foreach (var (term, group) in _terms)
        {
            var at = folded.IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            return group
                .Where(alternative => alternative != term)
                .Select(alternative => string.Concat(folded.AsSpan(0, at), alternative, folded.AsSpan(at + term.Length)))
                .Take(MaxVariants)
                .ToList();
        }

        return [];
    }
}
