namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// Ranking metrics over graded judgments (0–3). A ranked document nobody judged counts as grade 0.
/// nDCG uses gain 2^grade − 1 and discount log2(rank + 1); the ideal ranking is built from every document
/// judged for the query, not only those retrieved. MRR and success count a document as relevant from
/// <see cref="RelevantGrade"/> up.
/// </summary>
public static class RelevanceMetrics
{
    /// <summary>Grade 2 (substantially about it) or 3 (the key document); for a known item, the document meant or an acceptable stand-in.</summary>
    public const int RelevantGrade = 2;

    public static bool IsRelevant(int grade) => grade >= RelevantGrade;

    public static double Gain(int grade) => Math.Pow(2, grade) - 1;

    public static double DiscountedCumulativeGain(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        return Discounted(ranked.Take(depth).Select(id => grades.GetValueOrDefault(id)));
    }

    public static double IdealDiscountedCumulativeGain(IReadOnlyDictionary<string, int> grades, int depth)
    {
        ArgumentNullException.ThrowIfNull(grades);
        return Discounted(grades.Values.OrderDescending().Take(depth));
    }

    /// <summary>DCG@depth divided by the ideal DCG@depth; 0 when no judged document has a gain.</summary>
    public static double NormalizedDiscountedCumulativeGain(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        var ideal = IdealDiscountedCumulativeGain(grades, depth);
        return ideal > 0 ? DiscountedCumulativeGain(ranked, grades, depth) / ideal : 0;
    }

    /// <summary>1-based rank of the first relevant document within depth, or null.</summary>
    public static int? FirstRelevantRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        for (var i = 0; i < Math.Min(depth, ranked.Count); i++)
        {
            if (IsRelevant(grades.GetValueOrDefault(ranked[i])))
            {
                return i + 1;
            }
        }

        return null;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth) =>
        FirstRelevantRank(ranked, grades, depth) is { } rank ? 1.0 / rank : 0;

    private static double Discounted(IEnumerable<int> gradesInRankOrder) =>
        gradesInRankOrder.Select((grade, index) => Gain(grade) / Math.Log2(index + 2)).Sum();
}
