namespace PolicySearch.Engine.Searching;

/// <summary>What a query clause is limited to. <see cref="Any"/> searches title and body.</summary>
internal enum QueryField
{
    Any,
    Title,
    DocumentNumber,
    Published,
    Written,

    /// <summary>A filter field (<see cref="QueryClause.Filter"/>): issuer:, category:, validity:, topic:.</summary>
    Filter,
}
