namespace PolicySearch.Core.Search;

/// <summary>An everyday word of a query (养狗) and the terms the documents use for it (养犬), most fitting first.</summary>
public sealed record MappedWord(string Everyday, IReadOnlyList<string> Terms);
