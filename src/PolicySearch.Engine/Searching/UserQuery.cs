namespace PolicySearch.Engine.Searching;

/// <summary>A user query split into clauses. <see cref="Text"/> is the query with control characters removed.</summary>
internal sealed record UserQuery(string Text, IReadOnlyList<QueryClause> Clauses)
{
    public IEnumerable<QueryClause> Included => Clauses.Where(clause => !clause.IsExcluded);

    public IEnumerable<QueryClause> Excluded => Clauses.Where(clause => clause.IsExcluded);
}
