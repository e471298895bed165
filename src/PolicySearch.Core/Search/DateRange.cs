namespace PolicySearch.Core.Search;

/// <summary>An inclusive date range; either end may be open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To);
