namespace PolicySearch.Api.Endpoints;

/// <summary>The body of a ready <c>GET /health/ready</c>.</summary>
internal sealed record ReadinessReport(bool Ready);
