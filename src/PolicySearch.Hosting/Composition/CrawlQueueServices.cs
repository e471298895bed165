using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicySearch.Hosting.Configuration;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Hosting.Composition;

/// <summary>The service's crawls: the queue, the one crawl runner, the recrawl schedule bound from "Crawler:Schedule".</summary>
public static class CrawlQueueServices
{
    public static IServiceCollection AddPolicySearchCrawlQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CrawlScheduleOptions>(configuration, CrawlScheduleOptions.SectionName, CrawlScheduleOptions.Validate);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CrawlQueue>();
        services.AddHostedService<CrawlService>();
        services.AddSingleton<CrawlScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<CrawlScheduler>());
        return services;
    }
}
