namespace PolicySearch.Engine.Searching;

/// <summary>What a query clause is limited to. <see cref="Any"/> searches title and body.</summary>
internal enum QueryField
{
    Any,
    Title,
    Issuer,
    DocumentNumber,
    Category,
    Validity,
    Topic,
    Published,
    Written,
}
