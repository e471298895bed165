namespace PolicySearch.Engine.Evaluation;

/// <summary>Scores of a judged run per kind (in <see cref="JudgmentKinds.All"/> order), for all known-item kinds together, and overall.</summary>
public sealed record JudgedReport(IReadOnlyList<JudgedOutcome> Outcomes)
{
    public const string KnownItemGroup = "known items";
    public const string OverallGroup = "all";

    public IReadOnlyList<JudgedScore> ByKind => JudgmentKinds.All
        .Select(kind => Outcomes.Where(outcome => outcome.Query.Kind == kind).ToList())
        .Where(group => group.Count > 0)
        .Select(group => JudgedScore.Of(group[0].Query.Kind, group))
        .ToList();

    public JudgedScore KnownItems => JudgedScore.Of(KnownItemGroup, Outcomes.Where(outcome => outcome.Query.IsKnownItem).ToList());

    public JudgedScore Overall => JudgedScore.Of(OverallGroup, Outcomes);

    public JudgedScore For(string kind) => JudgedScore.Of(kind, Outcomes.Where(outcome => outcome.Query.Kind == kind).ToList());
}
