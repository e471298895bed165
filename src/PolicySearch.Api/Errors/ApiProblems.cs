using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;

namespace PolicySearch.Api.Errors;

/// <summary>
/// Builds every problem-details answer: status and title from <see cref="ErrorStatusTable"/>, the
/// stable <c>code</c> and the <c>traceId</c> as extensions, and per-parameter <c>errors</c> for bad input.
/// </summary>
internal static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ProblemHttpResult FromFaults(IReadOnlyList<ParameterFault> faults, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var detail = string.Join(" ", faults.Select(fault => fault.Message));
        return TypedResults.Problem(Create(faults[0].Code, detail, httpContext, faults));
    }

    public static ProblemHttpResult FromException(PolicySearchException fault, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return TypedResults.Problem(Create(fault, httpContext));
    }

    public static ProblemHttpResult DocumentNotFound(string id, HttpContext httpContext) => TypedResults.Problem(Create(
        ErrorCodes.DocumentNotFound,
        $"There is no document with id '{Abbreviate(id)}'.",
        httpContext));

    public static ProblemDetails Create(PolicySearchException fault, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var isBadInput = ErrorStatusTable.StatusOf(fault.Code) == StatusCodes.Status400BadRequest;
        IReadOnlyList<ParameterFault>? faults = isBadInput && fault.Target is { } target
            ? [new ParameterFault(fault.Code, target, fault.Message)]
            : null;
        return Create(fault.Code, fault.Message, httpContext, faults);
    }

    public static ProblemDetails Create(
        string code,
        string detail,
        HttpContext httpContext,
        IReadOnlyList<ParameterFault>? faults = null)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ProblemDetails problem = faults is { Count: > 0 }
            ? new HttpValidationProblemDetails(faults
                .GroupBy(fault => fault.Parameter, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(fault => fault.Message).ToArray(), StringComparer.Ordinal))
            : new ProblemDetails();
        problem.Status = ErrorStatusTable.StatusOf(code);
        problem.Title = ErrorStatusTable.TitleOf(code);
        problem.Detail = detail;
        problem.Instance = httpContext.Request.Path.Value;
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = TraceIdOf(httpContext);
        return problem;
    }

    public static string TraceIdOf(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Activity.Current?.Id ?? httpContext.TraceIdentifier;
    }

    /// <summary>User input echoed in a message, cut short so a huge value cannot bloat the answer.</summary>
    public static string Abbreviate(string value, int maxLength = 40)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= maxLength ? value : string.Concat(value.AsSpan(0, maxLength), "…");
    }
}
