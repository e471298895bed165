using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Hosting.Composition;

/// <summary>The service's crawls: the queue, the one crawl runner, the recrawl schedule bound from "Crawler:Schedule".</summary>
public static class CrawlQueueServices
{
    public static IServiceCollection AddPolicySearchCrawlQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlScheduleOptions>().Bind(configuration.GetSection(CrawlScheduleOptions.SectionName))
            .Validate(options => CrawlScheduleOptions.Validate(options) is null, "Crawler:Schedule: CheckInterval must be positive and Sites must hold site names.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CrawlQueue>();
        services.AddHostedService<CrawlService>();
        services.AddSingleton<CrawlScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<CrawlScheduler>());
        return services;
    }
}
