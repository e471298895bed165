using PolicySearch.Engine.Evaluation;

namespace PolicySearch.Engine.Tests.Evaluation;

/// <summary>
/// The shipped question sets (judged on the full corpus, which the tests do not have) stay loadable by `eval`:
/// persona kinds only, every question with a relevant document, and no question in both sets, so the unseen set
/// stays a measure of questions the engine was not tuned on.
/// </summary>
public sealed class QuestionSetsTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "TestData", "samples");

    [Theory]
    [InlineData("questions.tsv", 223)]
    [InlineData("questions-unseen.tsv", 136)]
    public async Task A_question_set_loads_with_persona_kinds_and_a_relevant_document_for_every_question(string file, int questions)
    {
        var judged = await Judgments.LoadAsync(Path.Combine(Samples, file));

        Assert.Equal(questions, judged.Count);
        Assert.All(judged, query => Assert.Contains(query.Kind, JudgmentKinds.Persona));
        Assert.All(judged, query => Assert.Contains(query.Grades.Values, grade => grade >= 2));
    }

    [Fact]
    public async Task No_question_is_in_both_sets()
    {
        var tuned = (await Judgments.LoadAsync(Path.Combine(Samples, "questions.tsv"))).Select(query => query.Query);
        var unseen = (await Judgments.LoadAsync(Path.Combine(Samples, "questions-unseen.tsv"))).Select(query => query.Query);

        Assert.Empty(tuned.Intersect(unseen, StringComparer.Ordinal));
    }
}
