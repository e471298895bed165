namespace PolicySearch.Engine.Analysis;

/// <summary>Whether a text is written in Traditional characters, judged from its first characters.</summary>
internal static class HanScript
{
    private const int Sample = 600;

    /// <summary>
    /// A tenth of the sampled ideographs have a different Simplified form. Traditional text (Taiwan's laws) has
    /// 17–65 %; Simplified text a few, in words such as 著作权, under 4 %.
    /// </summary>
    private const double TraditionalShare = 0.1;

    public static bool IsTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ideographs = 0;
        var traditional = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, Sample)))
        {
            if (!HanCharacters.IsIdeograph(c))
            {
                continue;
            }

            ideographs++;
            if (SearchFolding.Fold(c) != c)
            {
                traditional++;
            }
        }

        return ideographs > 0 && traditional >= TraditionalShare * ideographs;
    }
}
