using Microsoft.AspNetCore.Http.HttpResults;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and a browsable reference page at <c>/reference</c> that renders it
/// with one same-origin script (no inline script, so it works under <c>script-src 'self'</c>).
/// </summary>
internal static class ReferenceEndpoints
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";

    private const string ResourcePrefix = "PolicySearch.Api.Reference.";

    public static RouteGroupBuilder MapReferenceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi(DocumentPath);
        var group = routes.MapGroup("/reference").WithTags("Reference").ExcludeFromDescription();
        group.MapGet(string.Empty, ShowReferencePage).WithName(nameof(ShowReferencePage));
        group.MapGet("/reference.js", GetReferenceScript).WithName(nameof(GetReferenceScript));
        return group;
    }

    internal static FileContentHttpResult ShowReferencePage() =>
        TypedResults.File(Resource("reference.html"), "text/html; charset=utf-8");

    internal static FileContentHttpResult GetReferenceScript() =>
        TypedResults.File(Resource("reference.js"), "text/javascript; charset=utf-8");

    private static byte[] Resource(string name)
    {
        using var stream = typeof(ReferenceEndpoints).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
