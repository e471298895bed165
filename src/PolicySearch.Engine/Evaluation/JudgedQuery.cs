namespace PolicySearch.Engine.Evaluation;

/// <summary>One query of a judgments file and the grade (0–3) of every document judged for it.</summary>
/// <param name="Location">Where the query was first judged (file:line), for messages.</param>
public sealed record JudgedQuery(string Kind, string Query, IReadOnlyDictionary<string, int> Grades, string Location)
{
    public bool IsKnownItem => JudgmentKinds.IsKnownItem(Kind);
}
