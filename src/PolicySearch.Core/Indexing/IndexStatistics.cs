namespace PolicySearch.Core.Indexing;

public sealed record IndexStatistics(
    string Path,
    int DocumentCount,
    long SizeBytes,
    int SchemaVersion,
    DateTimeOffset? LastCommitTime,
    long Generation);
