namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Every distinct title and issuer of one reader generation, folded and ranked once when built, so a
/// lookup is one ordered scan that stops as soon as enough prefix matches are found. Immutable:
/// any number of threads may read it while the next generation's table is built.
/// </summary>
internal sealed class SuggestionTable
{
    private readonly TitleEntry[] _titles;
    private readonly IssuerEntry[] _issuers;

    /// <param name="titles">Ranked by <see cref="TitleOrder"/>.</param>
    /// <param name="issuers">Ranked by document count, most first.</param>
    public SuggestionTable(long version, TitleEntry[] titles, IssuerEntry[] issuers)
    {
        Version = version;
        _titles = titles;
        _issuers = issuers;
    }

    /// <summary>The version of the index reader the table was built from.</summary>
    public long Version { get; }

    public int TitleCount => _titles.Length;

    public int IssuerCount => _issuers.Length;

    /// <param name="prefix">The folded prefix.</param>
    public List<TitleEntry> FindTitles(string prefix, int limit) => Find(_titles, limit, entry => MatchTitle(entry, prefix));

    /// <param name="prefix">The folded prefix.</param>
    public List<IssuerEntry> FindIssuers(string prefix, int limit) => Find(_issuers, limit, entry => Match(entry.Folded, 0, prefix));

    private static MatchKind MatchTitle(TitleEntry entry, string prefix) =>
        Match(entry.Folded, entry.StripOffset, prefix);

    private static MatchKind Match(string folded, int stripOffset, string prefix)
    {
        var text = folded.AsSpan();
        if (text.StartsWith(prefix, StringComparison.Ordinal)
            || (stripOffset > 0 && text[stripOffset..].StartsWith(prefix, StringComparison.Ordinal)))
        {
            return MatchKind.Prefix;
        }

        return text.Contains(prefix, StringComparison.Ordinal) ? MatchKind.Contains : MatchKind.None;
    }

    /// <summary>The first <paramref name="limit"/> prefix matches in table order, topped up with contained matches.</summary>
    private static List<T> Find<T>(T[] entries, int limit, Func<T, MatchKind> match)
    {
        var prefixed = new List<T>(limit);
        var contained = new List<T>(limit);
        foreach (var entry in entries)
        {
            var kind = match(entry);
            if (kind == MatchKind.Prefix)
            {
                prefixed.Add(entry);
                if (prefixed.Count == limit)
                {
                    return prefixed;
                }
            }
            else if (kind == MatchKind.Contains && contained.Count < limit)
            {
                contained.Add(entry);
            }
        }

        prefixed.AddRange(contained.Take(limit - prefixed.Count));
        return prefixed;
    }
}
