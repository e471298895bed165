namespace PolicySearch.Engine.Suggest;

/// <summary>
/// How titles and issuers share the <c>size</c> slots of one answer. Titles come first and issuers
/// after them. Issuers are kept a third of the slots (size / 3, rounded down, at most 3) when that
/// many match; titles take the rest; slots titles leave empty go to further issuers, still at most 3
/// in all. So size 8 gives up to 6 titles and 2 issuers, size 1 or 2 gives titles only unless no title matches.
/// </summary>
internal static class SuggestionMix
{
    public const int MaxIssuers = Core.Search.Suggestions.MaxIssuers;

    /// <returns>How many of the ranked titles and of the ranked issuers to show.</returns>
    public static (int Titles, int Issuers) Split(int size, int titlesFound, int issuersFound)
    {
        var reserved = Math.Min(issuersFound, Math.Min(MaxIssuers, size / 3));
        var titles = Math.Min(titlesFound, size - reserved);
        var issuers = Math.Min(issuersFound, Math.Min(MaxIssuers, size - titles));
        return (titles, issuers);
    }
}
