namespace PolicySearch.Engine.Searching;

/// <summary>One unit of a user query: a bare word run, or a quoted phrase; either may be excluded with '-'.</summary>
internal sealed record QueryClause(string Text, bool IsPhrase, bool IsExcluded);
