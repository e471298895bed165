using System.Security.Cryptography;
using System.Text;
using PolicySearch.Api.Errors;

namespace PolicySearch.Api.Admin;

/// <summary>Lets a request through only with the configured key in X-Api-Key, compared in constant time; 401 problem details otherwise.</summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[] _expected;

    public ApiKeyFilter(string apiKey)
    {
        _expected = Encoding.UTF8.GetBytes(apiKey);
    }

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var httpContext = context.HttpContext;
        var given = httpContext.Request.Headers[HeaderName];
        if (given.Count == 1 && Matches(given[0]))
        {
            return next(context);
        }

        httpContext.Response.Headers.WWWAuthenticate = HeaderName;
        var detail = given.Count == 0
            ? $"The admin API needs the key in the {HeaderName} header."
            : $"The key in {HeaderName} is not valid.";
        return ValueTask.FromResult<object?>(TypedResults.Problem(ApiProblems.Create(ApiErrorCodes.AdminUnauthorized, detail, httpContext)));
    }

    private bool Matches(string? given)
    {
        var bytes = Encoding.UTF8.GetBytes(given ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(bytes, _expected);
    }
}
