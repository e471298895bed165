using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Registers the crawler's HttpClient: manual redirects, decompression, and the standard resilience pipeline, whose
/// timeouts and retries come from the registered <see cref="CrawlerOptions"/>.
/// </summary>
public static class CrawlerHttp
{
    public const string ClientName = "PolicySearch.Crawler";

    public static IServiceCollection AddCrawlerHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,

                // Connections go only to addresses the request's AddressGuard resolved and checked (no DNS rebinding);
                // a proxy would resolve names itself, so none is used.
                ConnectCallback = GuardedConnection.ConnectAsync,
                UseProxy = false,
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Configure(resilience, provider.GetRequiredService<CrawlerOptions>()))
            .SelectPipelineByAuthority();
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions resilience, CrawlerOptions options)
    {
        var attempt = options.RequestTimeout < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : options.RequestTimeout;
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.Delay = options.RetryBaseDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.MaxDelay = TimeSpan.FromMinutes(2);
        if (options.MaxRetries == 0)
        {
            resilience.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
        }

        var retries = Math.Max(1, options.MaxRetries);
        resilience.TotalRequestTimeout.Timeout = (attempt * (retries + 1)) + resilience.Retry.MaxDelay.Value * retries;
        resilience.CircuitBreaker.SamplingDuration = (attempt * 2) + TimeSpan.FromSeconds(1);
        resilience.CircuitBreaker.MinimumThroughput = 20;
        resilience.CircuitBreaker.FailureRatio = 0.9;
    }
}
