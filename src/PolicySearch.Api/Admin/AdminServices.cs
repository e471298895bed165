using PolicySearch.Api.Crawls;

namespace PolicySearch.Api.Admin;

/// <summary>The admin API's options and the crawl machinery: the queue, the one crawl runner, the recrawl schedule.</summary>
internal static class AdminServices
{
    public static IServiceCollection AddAdminServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName))
            .Validate(options => AdminOptions.Validate(options) is null, $"Admin:ApiKey must be at least {AdminOptions.MinimumKeyLength} characters, or empty to disable the admin API.")
            .ValidateOnStart();
        services.AddOptions<CrawlScheduleOptions>().Bind(configuration.GetSection(CrawlScheduleOptions.SectionName))
            .Validate(options => CrawlScheduleOptions.Validate(options) is null, "Crawler:Schedule: CheckInterval must be positive and Sites must hold site names.")
            .ValidateOnStart();
        services.AddSingleton<CrawlQueue>();
        services.AddHostedService<CrawlService>();
        services.AddSingleton<CrawlScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<CrawlScheduler>());
        return services;
    }
}
