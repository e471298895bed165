using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicySearch.Core.Relations;
using PolicySearch.Core.Search;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine.Maintenance;
using PolicySearch.Engine.Searching;
using PolicySearch.Hosting.Bootstrap;
using PolicySearch.Hosting.Configuration;
using PolicySearch.Hosting.Importing;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Hosting.Composition;

/// <summary>
/// The services both hosts share: options bound from configuration and validated, the index's writer lease and reader,
/// the import service, the first-run sample build, and the index's check and backup.
/// </summary>
public static class PolicySearchServices
{
    public static IServiceCollection AddPolicySearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<IndexOptions>(configuration, IndexOptions.SectionName, IndexOptions.Validate);
        services.AddValidatedOptions<ImportOptions>(configuration, ImportOptions.SectionName, ImportOptions.Validate);
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
        services.AddSingleton(provider => new IndexMaintenance(provider.GetRequiredService<ILogger<IndexMaintenance>>()));
        services.AddSingleton(provider => new IndexBackup(provider.GetRequiredService<ILogger<IndexBackup>>()));
        services.AddSingleton(provider => provider.GetRequiredService<IndexReaderProvider>().Open());
        services.AddSingleton<IDocumentSearcher>(provider => provider.GetRequiredService<PolicyIndexReader>());
        services.AddSingleton<IDocumentRelations>(provider => provider.GetRequiredService<PolicyIndexReader>());
        return services;
    }
}
