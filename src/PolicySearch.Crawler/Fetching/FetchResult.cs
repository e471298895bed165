namespace PolicySearch.Crawler.Fetching;

/// <summary>One fetch: the final address, status, body (capped) and validators.</summary>
public sealed record FetchResult
{
    public required Uri Url { get; init; }

    public Uri? FinalUrl { get; init; }

    public required FetchOutcome Outcome { get; init; }

    /// <summary>HTTP status; 200/304/404 are synthesised for file: URLs; 0 when no answer came.</summary>
    public int StatusCode { get; init; }

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Why it failed, for the log and the report (no page text).</summary>
    public string? Error { get; init; }

    public bool IsSuccess => Outcome is FetchOutcome.Ok or FetchOutcome.NotModified;

    public static FetchResult Failed(Uri url, FetchOutcome outcome, string error, int statusCode = 0) =>
        new() { Url = url, Outcome = outcome, Error = error, StatusCode = statusCode };
}
