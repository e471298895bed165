using PolicySearch.Api.Crawls;
using PolicySearch.Hosting.Composition;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Api.Admin;

/// <summary>The admin API's options, and the service's crawls (queue, runner, schedule) with their metrics.</summary>
internal static class AdminServices
{
    public static IServiceCollection AddAdminServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName))
            .Validate(options => AdminOptions.Validate(options) is null, $"Admin:ApiKey must be at least {AdminOptions.MinimumKeyLength} characters, or empty to disable the admin API.")
            .ValidateOnStart();
        services.AddPolicySearchCrawlQueue(configuration);
        services.AddSingleton<ICrawlListener, ServiceCrawlListener>();
        return services;
    }
}
