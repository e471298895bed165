using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicySearch.Engine;
using PolicySearch.Hosting.Composition;
using PolicySearch.Hosting.Configuration;
using PolicySearch.Hosting.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>
/// Configuration (the sources of <see cref="PolicySearchConfiguration"/>, then the command's own options), logging,
/// and the services of one CLI command: the same <see cref="PolicySearchServices.AddPolicySearch"/> as the web app,
/// so options are bound and validated the same way.
/// </summary>
internal sealed class CliEnvironment : IDisposable
{
    private readonly SerilogLoggerFactory _loggers;
    private readonly ServiceProvider _services;

    private CliEnvironment(IConfiguration configuration, SerilogLoggerFactory loggers, ServiceProvider services)
    {
        Configuration = configuration;
        _loggers = loggers;
        _services = services;
    }

    public IConfiguration Configuration { get; }

    public ILoggerFactory Loggers => _loggers;

    public IServiceProvider Services => _services;

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The Index section is invalid.</exception>
    public IndexOptions IndexOptions => _services.GetRequiredService<IndexOptions>();

    /// <param name="indexPath">The command's --index, which wins over configuration.</param>
    /// <param name="consoleLogging">False while the command draws progress on the terminal.</param>
    /// <param name="settings">Other settings the command's options give (e.g. Import:IndexingThreads), which win over configuration.</param>
    /// <param name="crawler">Adds the crawler's services (which bind and check the Crawler section).</param>
    public static CliEnvironment Create(
        string? indexPath,
        bool consoleLogging,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool crawler = false)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!string.IsNullOrWhiteSpace(indexPath))
        {
            overrides[$"{IndexOptions.SectionName}:Path"] = indexPath;
        }

        var configuration = new ConfigurationBuilder()
            .AddPolicySearchSources(PolicySearchConfiguration.EnvironmentName, ConfigurationArguments.Current)
            .AddInMemoryCollection(overrides)
            .Build();
        Log.Logger = PolicySearchLogging.Configure(new LoggerConfiguration(), configuration, "cli", consoleLogging).CreateLogger();
        var loggers = new SerilogLoggerFactory(Log.Logger, dispose: false);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(loggers);
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPolicySearch(configuration);
        if (crawler)
        {
            services.AddPolicySearchCrawler(configuration);
        }

        return new CliEnvironment(configuration, loggers, services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();
        _loggers.Dispose();
        Log.CloseAndFlush();
    }
}
