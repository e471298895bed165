using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// One unit of a user query: a word run or a quoted phrase, optionally limited to a field
/// (<c>title:法治</c>, <c>published:2018..2020</c>) and optionally excluded with '-'.
/// </summary>
/// <param name="Filter">The filter field when <paramref name="Field"/> is <see cref="QueryField.Filter"/>.</param>
internal sealed record QueryClause(string Text, bool IsPhrase, bool IsExcluded, QueryField Field = QueryField.Any, FilterField? Filter = null);
