namespace PolicySearch.Api.Endpoints;

/// <summary>The body of a healthy <c>GET /health</c>. Ready is false until warm-up (first search, dictionary load) is done.</summary>
internal sealed record HealthReport(
    string Status,
    bool Ready,
    bool IndexOpen,
    long Generation,
    int DocumentCount,
    string IndexPath,
    int SchemaVersion,
    DateTimeOffset? LastCommitTime,
    long SizeBytes);
