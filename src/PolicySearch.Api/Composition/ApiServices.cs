using PolicySearch.Api.Endpoints;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicySearch.Api.Admin;
using PolicySearch.Api.Caching;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Metrics;
using PolicySearch.Api.Security;
using PolicySearch.Hosting.Composition;
using PolicySearch.Hosting.Logging;
using Serilog;

namespace PolicySearch.Api.Composition;

/// <summary>The web host's services: Serilog, the shared PolicySearch services, JSON, problem details.</summary>
internal static class ApiServices
{
    public const string HostName = "api";

    public static IServiceCollection AddPolicySearchApi(this IServiceCollection services, IConfiguration configuration)
    {
        // Configuration is read when the logger is built, after every source (tests' settings too) is in place.
        // Each host owns its logger: the static Log.Logger stays the bootstrap logger of Program.
        services.AddSerilog(
            (provider, logger) => PolicySearchLogging
                .Configure(logger, provider.GetRequiredService<IConfiguration>(), HostName)
                .ReadFrom.Services(provider),
            preserveStaticLogger: true);
        services.AddPolicySearch(configuration);
        services.AddSingleton<IndexAccess>();
        services.ConfigureHttpJsonOptions(options => HttpJson.ApplyPolicyJson(options.SerializerOptions));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", ApiProblems.TraceIdOf(context.HttpContext)));
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        services.AddOpenApi(ReferenceEndpoints.DocumentName, options => options.AddSchemaTransformer<SnippetSchema>());
        services.AddRequestLimits(configuration);
        services.AddProxyForwarding(configuration);
        services.AddClientRateLimiting(configuration);
        services.AddCrossOrigin(configuration);
        services.AddPolicySearchCrawler(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiMetrics>();
        services.AddSingleton<ReadinessState>();
        services.AddHostedService<WarmUpService>();
        services.AddSearchCache(configuration);
        services.AddAdminServices(configuration);
        return services;
    }
}
