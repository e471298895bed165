using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicySearch.Core.Relations;
using PolicySearch.Core.Search;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine.Searching;
using PolicySearch.Hosting.Bootstrap;
using PolicySearch.Hosting.Importing;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Hosting.Composition;

/// <summary>
/// The services both hosts share: options bound from configuration and validated, the index's writer lease and reader,
/// the import service and the first-run sample build.
/// </summary>
public static class PolicySearchServices
{
    public static IServiceCollection AddPolicySearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Index:Path must not be empty.")
            .Validate(options => options.RamBufferMB is >= 16 and <= 2048, "Index:RamBufferMB must be between 16 and 2048.")
            .Validate(options => options.CompactedSegments is >= 1 and <= 16, "Index:CompactedSegments must be between 1 and 16.")
            .Validate(options => options.RefreshInterval > TimeSpan.Zero, "Index:RefreshInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.SectionName))
            .Validate(options => options.IndexingThreads is >= 1 and <= 64, "Import:IndexingThreads must be between 1 and 64.")
            .Validate(options => options.CommitEveryDocuments >= 1, "Import:CommitEveryDocuments must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<SampleArchiveOptions>().Bind(configuration.GetSection(SampleArchiveOptions.SectionName));
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SearchOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<IndexOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ImportOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SampleArchiveOptions>>().Value);
        services.AddSingleton<IndexWriterLease>();
        services.AddSingleton<IndexReaderProvider>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<SampleIndexBuilder>();
        services.AddSingleton(provider => provider.GetRequiredService<IndexReaderProvider>().Open());
        services.AddSingleton<IDocumentSearcher>(provider => provider.GetRequiredService<PolicyIndexReader>());
        services.AddSingleton<IDocumentRelations>(provider => provider.GetRequiredService<PolicyIndexReader>());
        return services;
    }
}
