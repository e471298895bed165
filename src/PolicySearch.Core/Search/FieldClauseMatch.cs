namespace PolicySearch.Core.Search;

/// <summary>How a clause on a filter field in the query language (<c>issuer:国务院</c>) matches.</summary>
public enum FieldClauseMatch
{
    /// <summary>The field's value exactly, as a filter does (<c>category:法律</c>).</summary>
    Exact,

    /// <summary>The text anywhere in the field (<c>issuer:国务院</c> also finds 国务院办公厅).</summary>
    Contains,
}
