using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PolicySearch.Api.Errors;
using PolicySearch.Hosting.Configuration;

namespace PolicySearch.Api.Security;

/// <summary>
/// Kestrel's limits from <see cref="RequestLimitOptions"/>, and a check before routing that answers an
/// over-long query string with 414 and an over-large declared body with 413, both as problem details.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Kestrel's request line has room for the query string plus the method, path and version.</summary>
    private const int RequestLineSlack = 4096;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RequestLimitOptions>(configuration, RequestLimitOptions.SectionName, RequestLimitOptions.Validate);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.Value.MaxQueryStringLength + RequestLineSlack;
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(limits.Value.MaxRequestHeadersTotalBytes, kestrel.Limits.MaxRequestLineSize);
        });
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        return app.Use((context, next) =>
        {
            var queryLength = context.Request.QueryString.Value?.Length ?? 0;
            if (queryLength > limits.MaxQueryStringLength)
            {
                return ProblemResponses.WriteAsync(context, ApiProblems.Create(
                    ApiErrorCodes.UriTooLong,
                    $"The query string is {queryLength} characters long; the limit is {limits.MaxQueryStringLength}.",
                    context));
            }

            if (context.Request.ContentLength > limits.MaxRequestBodyBytes)
            {
                return ProblemResponses.WriteAsync(context, ApiProblems.Create(
                    ApiErrorCodes.BodyTooLarge,
                    $"The request body is {context.Request.ContentLength} bytes; the limit is {limits.MaxRequestBodyBytes}.",
                    context));
            }

            return next(context);
        });
    }
}
