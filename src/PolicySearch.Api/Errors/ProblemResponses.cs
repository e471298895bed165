using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Errors;

/// <summary>
/// Writes a problem-details body straight to the response, whatever the client's Accept header says:
/// used where no endpoint answered (unmatched routes, wrong methods, unexpected exceptions).
/// </summary>
internal static class ProblemResponses
{
    public static Task WriteAsync(HttpContext httpContext, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(problem);
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json, ApiProblems.ContentType, httpContext.RequestAborted);
    }

    /// <summary>The status-code-pages handler: a bare 4xx/5xx with no body becomes problem details.</summary>
    public static Task WriteForStatusAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.HttpContext;
        var status = httpContext.Response.StatusCode;
        var code = ErrorStatusTable.CodeForStatus(status);
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at '{ApiProblems.Abbreviate(httpContext.Request.Path.Value ?? "/")}'. The API lives under /api (search, documents/{{id}}), the page at /.",
            StatusCodes.Status405MethodNotAllowed => $"{ApiProblems.Abbreviate(httpContext.Request.Method)} is not allowed here; use GET.",
            _ => "The request could not be served.",
        };
        var problem = ApiProblems.Create(code, detail, httpContext);
        problem.Status = status;
        return WriteAsync(httpContext, problem);
    }
}
