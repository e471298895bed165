namespace PolicySearch.Core.Search;

/// <summary>How a query was understood: its clauses with their segmented words, the filters applied, the engine query.</summary>
public sealed record QueryExplanation(
    IReadOnlyList<ExplainedClause> Clauses,
    IReadOnlyList<string> Filters,
    string EngineQuery);
