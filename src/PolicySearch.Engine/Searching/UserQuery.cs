namespace PolicySearch.Engine.Searching;

/// <summary>
/// A user query as groups of alternatives: every group must match (one of its clauses, when joined
/// by OR); excluded clauses stand alone. <see cref="Text"/> is the query with control characters removed.
/// </summary>
internal sealed record UserQuery(string Text, IReadOnlyList<IReadOnlyList<QueryClause>> Groups)
{
    public IEnumerable<IReadOnlyList<QueryClause>> IncludedGroups => Groups.Where(group => !group[0].IsExcluded);

    public IEnumerable<QueryClause> Included => IncludedGroups.SelectMany(group => group);

    public IEnumerable<QueryClause> Excluded => Groups.Where(group => group[0].IsExcluded).Select(group => group[0]);

    /// <summary>Included clauses that search text (not field filters).</summary>
    public IEnumerable<QueryClause> TextClauses => Included.Where(clause => !QueryFieldNames.IsFilter(clause.Field));

    /// <summary>Included unquoted clauses of no field: the text a question is read from.</summary>
    public IEnumerable<QueryClause> FreeText => Included.Where(IsFreeText);

    public static bool IsFreeText(QueryClause clause) => clause.Field == QueryField.Any && !clause.IsPhrase && !clause.IsExcluded;

    /// <summary>The query without its free text: phrases, fields, filters and exclusions only.</summary>
    public UserQuery WithoutFreeText() => this with { Groups = Groups.Where(group => !group.All(IsFreeText)).ToList() };
}
