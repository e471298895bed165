using PolicySearch.Core.Errors;
using PolicySearch.Crawler;

namespace PolicySearch.Api.Errors;

/// <summary>
/// The one table from error codes to HTTP statuses and titles. A pattern ending in '.' matches every
/// code with that prefix; the first matching row wins; codes no row matches are server faults.
/// </summary>
internal static class ErrorStatusTable
{
    private static readonly (string Pattern, int Status, string Title)[] Rows =
    [
        ("query.", StatusCodes.Status400BadRequest, "The query is not valid"),
        ("paging.", StatusCodes.Status400BadRequest, "The paging parameters are not valid"),
        ("filter.", StatusCodes.Status400BadRequest, "A filter is not valid"),
        ("sort.", StatusCodes.Status400BadRequest, "The sort order is not valid"),
        (ApiErrorCodes.MethodNotAllowed, StatusCodes.Status405MethodNotAllowed, "The method is not allowed here"),
        (ApiErrorCodes.UriTooLong, StatusCodes.Status414UriTooLong, "The address is too long"),
        (ApiErrorCodes.BodyTooLarge, StatusCodes.Status413PayloadTooLarge, "The request body is too large"),
        (ApiErrorCodes.RateLimited, StatusCodes.Status429TooManyRequests, "Too many requests"),
        ("request.", StatusCodes.Status400BadRequest, "The request is not valid"),
        (ErrorCodes.DocumentNotFound, StatusCodes.Status404NotFound, "The document was not found"),
        (ApiErrorCodes.RouteNotFound, StatusCodes.Status404NotFound, "Nothing is served at this address"),
        (ErrorCodes.IndexNotFound, StatusCodes.Status503ServiceUnavailable, "The index is not available"),
        (ErrorCodes.IndexCorrupt, StatusCodes.Status503ServiceUnavailable, "The index is not available"),
        (ErrorCodes.IndexSchemaMismatch, StatusCodes.Status503ServiceUnavailable, "The index is not available"),
        (ErrorCodes.IndexLocked, StatusCodes.Status503ServiceUnavailable, "The index is not available"),
        (ApiErrorCodes.AdminUnauthorized, StatusCodes.Status401Unauthorized, "A valid API key is required"),
        (ApiErrorCodes.WarmingUp, StatusCodes.Status503ServiceUnavailable, "The service is warming up"),
        (CrawlerErrorCodes.SiteNotFound, StatusCodes.Status404NotFound, "The site is not configured"),
    ];

    private const string UnexpectedTitle = "An unexpected error occurred";

    public static int StatusOf(string code) => Find(code)?.Status ?? StatusCodes.Status500InternalServerError;

    public static string TitleOf(string code) => Find(code)?.Title ?? UnexpectedTitle;

    /// <summary>The code for a bare status answered without one (an unmatched route, a wrong method).</summary>
    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => ApiErrorCodes.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => ApiErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ApiErrorCodes.BodyTooLarge,
        StatusCodes.Status414UriTooLong => ApiErrorCodes.UriTooLong,
        StatusCodes.Status429TooManyRequests => ApiErrorCodes.RateLimited,
        >= 400 and < 500 => ApiErrorCodes.InvalidRequest,
        _ => ApiErrorCodes.Unexpected,
    };

    private static (string Pattern, int Status, string Title)? Find(string code)
    {
        foreach (var row in Rows)
        {
            var matches = row.Pattern.EndsWith('.')
                ? code.StartsWith(row.Pattern, StringComparison.Ordinal)
                : string.Equals(code, row.Pattern, StringComparison.Ordinal);
            if (matches)
            {
                return row;
            }
        }

        return null;
    }
}
