namespace PolicySearch.Core.Search;

public sealed record FacetValue(string Value, int Count);
