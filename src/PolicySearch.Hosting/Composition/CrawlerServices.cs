using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Hosting.Configuration;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Hosting.Composition;

/// <summary>
/// The crawler's services: <see cref="CrawlerOptions"/> bound from "Crawler" and validated, the resilient HttpClient,
/// <see cref="SiteCrawler"/>, and <see cref="CrawlRunner"/> (which needs <see cref="PolicySearchServices.AddPolicySearch"/>).
/// </summary>
public static class CrawlerServices
{
    public static IServiceCollection AddPolicySearchCrawler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CrawlerOptions>(configuration, CrawlerOptions.SectionName, CrawlerOptions.Validate);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<CrawlerOptions>>().Value);
        services.AddCrawlerHttpClient();
        services.AddSingleton<SiteCrawler>();
        services.AddSingleton<CrawlRunner>();
        return services;
    }
}
