using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Fetching;
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
        var options = new CrawlerOptions();
        configuration.GetSection(CrawlerOptions.SectionName).Bind(options);
        if (options.Validate() is { } problem)
        {
            throw new PolicySearchException(CrawlerErrorCodes.SiteInvalid, "Invalid configuration: " + problem) { Target = CrawlerOptions.SectionName };
        }

        services.AddSingleton(options);
        services.AddCrawlerHttpClient(options);
        services.AddSingleton<SiteCrawler>();
        services.AddSingleton<CrawlRunner>();
        return services;
    }
}
