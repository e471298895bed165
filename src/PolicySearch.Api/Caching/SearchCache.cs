using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PolicySearch.Core.Errors;
using PolicySearch.Engine.Searching;
using PolicySearch.Hosting.Configuration;

namespace PolicySearch.Api.Caching;

/// <summary>
/// Output caching of identical searches (<c>/api/search</c>, varying by the whole query string and by the commit
/// generation the reader serves, so an answer is never served once the reader has a newer commit), tagged
/// <see cref="IndexTag"/> and evicted by <see cref="IndexRefresher"/> when the generation changes (to free memory).
/// </summary>
internal static class SearchCache
{
    public const string PolicyName = "search";
    public const string IndexTag = "index";
    private const string GenerationKey = "generation";

    public static IServiceCollection AddSearchCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SearchCacheOptions>(configuration, SearchCacheOptions.SectionName, SearchCacheOptions.Validate);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SearchCacheOptions>>((cache, settings) =>
        {
            var options = settings.Value;
            cache.SizeLimit = options.SizeLimitMB * 1024L * 1024L;
            cache.AddPolicy(PolicyName, policy => policy
                .With(_ => options.Enabled)
                .SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>(GenerationKey, ServedGeneration(context.RequestServices)))
                .Expire(options.Expiration)
                .Tag(IndexTag));
        });
        services.AddSingleton<IndexRefresher>();
        services.AddHostedService<IndexWatcher>();
        return services;
    }

    /// <summary>The reader's commit generation, read before the handler acquires its searcher; "none" without an index.</summary>
    private static string ServedGeneration(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<PolicyIndexReader>().Generation.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is PolicySearchException or IOException)
        {
            return "none"; // the handler answers the error, which is not cached
        }
    }

    public static TBuilder CacheSearches<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(PolicyName);
}
