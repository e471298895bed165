namespace PolicySearch.Api.Errors;

/// <summary>
/// Codes for faults only the HTTP layer can see. The engine's codes live in
/// <see cref="Core.Errors.ErrorCodes"/>; both kinds share <see cref="ErrorStatusTable"/>.
/// </summary>
internal static class ApiErrorCodes
{
    /// <summary>page or size is not a whole number.</summary>
    public const string PagingInvalid = "paging.invalid";

    public const string UnknownParameter = "request.unknown_parameter";
    public const string RepeatedParameter = "request.repeated_parameter";
    public const string InvalidRequest = "request.invalid";
    public const string MethodNotAllowed = "request.method_not_allowed";
    public const string RouteNotFound = "route.not_found";
    public const string Unexpected = "server.error";

    /// <summary>The query string is longer than RequestLimits:MaxQueryStringLength.</summary>
    public const string UriTooLong = "request.uri_too_long";

    /// <summary>The declared body is larger than RequestLimits:MaxRequestBodyBytes.</summary>
    public const string BodyTooLarge = "request.too_large";

    /// <summary>The client address used up its RateLimit window.</summary>
    public const string RateLimited = "request.rate_limited";

    /// <summary>The admin API key is missing or wrong.</summary>
    public const string AdminUnauthorized = "admin.unauthorized";

    /// <summary>The service is up but has not finished warming up (first search, dictionary load).</summary>
    public const string WarmingUp = "service.warming_up";
}
