using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine;
using PolicySearch.Hosting.Bootstrap;
using PolicySearch.Hosting.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>
/// Configuration (appsettings.json beside the program, POLICYSEARCH_ environment variables, then the
/// command's own options) and logging for one CLI command.
/// </summary>
internal sealed class CliEnvironment : IDisposable
{
    private readonly SerilogLoggerFactory _loggers;

    private CliEnvironment(IConfiguration configuration, SerilogLoggerFactory loggers)
    {
        Configuration = configuration;
        _loggers = loggers;
    }

    public IConfiguration Configuration { get; }

    public ILoggerFactory Loggers => _loggers;

    public IndexOptions IndexOptions => Bind<IndexOptions>(IndexOptions.SectionName);

    public ImportOptions ImportOptions => Bind<ImportOptions>(ImportOptions.SectionName);

    public SampleArchiveOptions SampleOptions => Bind<SampleArchiveOptions>(SampleArchiveOptions.SectionName);

    public SearchOptions SearchOptions => Bind<SearchOptions>(SearchOptions.SectionName);

    /// <param name="indexPath">The command's --index, which wins over configuration.</param>
    /// <param name="consoleLogging">False while the command draws progress on the terminal.</param>
    public static CliEnvironment Create(string? indexPath, bool consoleLogging)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(indexPath))
        {
            overrides[$"{IndexOptions.SectionName}:Path"] = indexPath;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("POLICYSEARCH_")
            .AddInMemoryCollection(overrides)
            .Build();
        Log.Logger = PolicySearchLogging.Configure(new LoggerConfiguration(), configuration, "cli", consoleLogging).CreateLogger();
        return new CliEnvironment(configuration, new SerilogLoggerFactory(Log.Logger, dispose: false));
    }

    public void Dispose()
    {
        _loggers.Dispose();
        Log.CloseAndFlush();
    }

    private T Bind<T>(string section)
        where T : new()
    {
        var options = new T();
        Configuration.GetSection(section).Bind(options);
        return options;
    }
}
