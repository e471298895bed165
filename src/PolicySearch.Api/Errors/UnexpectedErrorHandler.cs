using Microsoft.AspNetCore.Diagnostics;
using PolicySearch.Core.Errors;

namespace PolicySearch.Api.Errors;

/// <summary>
/// The last resort: an exception no handler caught becomes problem details. A <see cref="PolicySearchException"/>
/// keeps its code and mapped status (an index that cannot be opened is a 503); anything else is a 500
/// whose body says nothing of the exception. No input should get here: this is for genuine bugs and outages.
/// </summary>
internal sealed partial class UnexpectedErrorHandler : IExceptionHandler
{
    private readonly ILogger<UnexpectedErrorHandler> _logger;

    public UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger)
    {
        _logger = logger;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        var problem = exception is PolicySearchException fault
            ? ApiProblems.Create(fault, httpContext)
            : ApiProblems.Create(ApiErrorCodes.Unexpected, "The server failed to answer this request. Quote the traceId when reporting it.", httpContext);
        if (exception is PolicySearchException known)
        {
            LogKnownFault(_logger, known, known.Code, httpContext.Request.Path.Value);
        }
        else
        {
            LogUnexpected(_logger, exception, httpContext.Request.Path.Value);
        }

        await ProblemResponses.WriteAsync(httpContext, problem);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {RequestPath}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string? requestPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault {ErrorCode} escaped a handler answering {RequestPath}")]
    private static partial void LogKnownFault(ILogger logger, Exception exception, string errorCode, string? requestPath);
}
