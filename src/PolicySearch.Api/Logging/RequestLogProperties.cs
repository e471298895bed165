namespace PolicySearch.Api.Logging;

/// <summary>Properties of the one completion event logged per request. Never the query text: only its length.</summary>
internal static class RequestLogProperties
{
    public const string RequestMethod = "RequestMethod";
    public const string RequestPath = "RequestPath";
    public const string Route = "Route";
    public const string StatusCode = "StatusCode";
    public const string ElapsedMs = "ElapsedMs";
    public const string QueryLength = "QueryLength";
    public const string HitCount = "HitCount";
}
