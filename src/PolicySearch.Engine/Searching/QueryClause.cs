namespace PolicySearch.Engine.Searching;

/// <summary>
/// One unit of a user query: a word run or a quoted phrase, optionally limited to a field
/// (<c>title:法治</c>, <c>published:2018..2020</c>) and optionally excluded with '-'.
/// </summary>
internal sealed record QueryClause(string Text, bool IsPhrase, bool IsExcluded, QueryField Field = QueryField.Any);
