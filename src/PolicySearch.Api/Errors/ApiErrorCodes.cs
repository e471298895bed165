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
}
