namespace PolicySearch.Api.Endpoints;

/// <summary>The body of a healthy <c>GET /health</c>.</summary>
internal sealed record HealthReport(
    string Status,
    int DocumentCount,
    string IndexPath,
    int SchemaVersion,
    DateTimeOffset? LastCommitTime,
    long SizeBytes);
