namespace PolicySearch.Api.Admin;

/// <summary>POST /api/admin/refresh: what the reopened readers see.</summary>
internal sealed record RefreshReport(int DocumentCount, long Generation, DateTimeOffset? LastCommitTime);
