using PolicySearch.Engine.Evaluation;

namespace PolicySearch.Engine.Tests.Evaluation;

public sealed class RelevanceMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new(StringComparer.Ordinal) { ["a"] = 3, ["b"] = 2, ["c"] = 0, ["d"] = 1 };

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 3.0)]
    [InlineData(3, 7.0)]
    public void Gain_is_two_to_the_grade_minus_one(int grade, double gain)
    {
        Assert.Equal(gain, RelevanceMetrics.Gain(grade));
    }

    [Fact]
    public void Dcg_discounts_each_gain_by_log2_of_rank_plus_one_and_counts_unjudged_as_zero()
    {
        // c (0) / log2 2 + a (7) / log2 3 + x (unjudged) / log2 4 + b (3) / log2 5
        var dcg = RelevanceMetrics.DiscountedCumulativeGain(["c", "a", "x", "b"], Grades, 10);

        Assert.Equal(5.708538, dcg, 6);
    }

    [Fact]
    public void Ideal_dcg_orders_every_judged_document_by_grade()
    {
        // 7 / log2 2 + 3 / log2 3 + 1 / log2 4 + 0
        Assert.Equal(9.392789, RelevanceMetrics.IdealDiscountedCumulativeGain(Grades, 10), 6);
    }

    [Fact]
    public void Ndcg_is_dcg_over_ideal_dcg()
    {
        var ndcg = RelevanceMetrics.NormalizedDiscountedCumulativeGain(["c", "a", "x", "b"], Grades, 10);

        Assert.Equal(0.607757, ndcg, 6);
    }

    [Fact]
    public void Ndcg_of_the_ideal_ranking_is_one()
    {
        Assert.Equal(1.0, RelevanceMetrics.NormalizedDiscountedCumulativeGain(["a", "b", "d", "c"], Grades, 10), 12);
    }

    [Fact]
    public void Ndcg_ideal_includes_judged_documents_that_were_not_retrieved()
    {
        var grades = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 3, ["b"] = 3 };

        // 7 / (7 + 7 / log2 3)
        Assert.Equal(0.613147, RelevanceMetrics.NormalizedDiscountedCumulativeGain(["a"], grades, 10), 6);
    }

    [Fact]
    public void Ndcg_ignores_results_below_the_depth()
    {
        var ndcg = RelevanceMetrics.NormalizedDiscountedCumulativeGain(["c", "a"], Grades, 1);

        Assert.Equal(0.0, ndcg);
    }

    [Fact]
    public void First_relevant_rank_counts_grade_two_and_up()
    {
        Assert.Equal(3, RelevanceMetrics.FirstRelevantRank(["d", "c", "b", "a"], Grades, 10));
        Assert.Equal(1.0 / 3, RelevanceMetrics.ReciprocalRank(["d", "c", "b", "a"], Grades, 10), 12);
    }

    [Fact]
    public void A_relevant_document_below_the_depth_scores_nothing()
    {
        Assert.Null(RelevanceMetrics.FirstRelevantRank(["d", "c", "a"], Grades, 2));
        Assert.Equal(0.0, RelevanceMetrics.ReciprocalRank(["d", "c", "a"], Grades, 2));
    }

    [Fact]
    public void No_results_score_zero()
    {
        Assert.Null(RelevanceMetrics.FirstRelevantRank([], Grades, 10));
        Assert.Equal(0.0, RelevanceMetrics.NormalizedDiscountedCumulativeGain([], Grades, 10));
    }
}
