using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Caching;

/// <summary>
/// Output caching of identical searches (<c>/api/search</c>, varying by the whole query string), tagged
/// <see cref="IndexTag"/> and evicted by <see cref="IndexRefresher"/> when the index's commit generation changes.
/// </summary>
internal static class SearchCache
{
    public const string PolicyName = "search";
    public const string IndexTag = "index";

    public static IServiceCollection AddSearchCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchCacheOptions>().Bind(configuration.GetSection(SearchCacheOptions.SectionName))
            .Validate(options => options.Expiration > TimeSpan.Zero && options.SizeLimitMB is >= 1 and <= 4096, "SearchCache:Expiration must be positive and SizeLimitMB 1 to 4096.")
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SearchCacheOptions>>((cache, settings) =>
        {
            var options = settings.Value;
            cache.SizeLimit = options.SizeLimitMB * 1024L * 1024L;
            cache.AddPolicy(PolicyName, policy => policy
                .With(_ => options.Enabled)
                .SetVaryByQuery("*")
                .Expire(options.Expiration)
                .Tag(IndexTag));
        });
        services.AddSingleton<IndexRefresher>();
        services.AddHostedService<IndexWatcher>();
        return services;
    }

    public static TBuilder CacheSearches<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(PolicyName);
}
