using PolicySearch.Api.Crawls;
using PolicySearch.Hosting.Composition;
using PolicySearch.Hosting.Configuration;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Api.Admin;

/// <summary>The admin API's options, and the service's crawls (queue, runner, schedule) with their metrics.</summary>
internal static class AdminServices
{
    public static IServiceCollection AddAdminServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions>(configuration, AdminOptions.SectionName, AdminOptions.Validate);
        services.AddPolicySearchCrawlQueue(configuration);
        services.AddSingleton<ICrawlListener, ServiceCrawlListener>();
        return services;
    }
}
