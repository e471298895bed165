using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>The real app on a test server, reading the given index and logging into the given directory.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _indexPath;
    private readonly string _logDirectory;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ApiFactory(
        string indexPath,
        string logDirectory,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _indexPath = indexPath;
        _logDirectory = logDirectory;
        _configureServices = configureServices;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Index:Path", _indexPath);
        builder.UseSetting("Logging:Directory", _logDirectory);
        builder.UseSetting("Samples:Path", Path.Combine(_logDirectory, "no-samples"));

        // The log file is enough here, and System.Console can deadlock when Playwright (the browser tests,
        // in parallel) sets Console.OutputEncoding while a request's completion event is written to it.
        builder.UseSetting("Logging:Console", "false");

        // Every test client shares one address; the tests of the limit turn it back on.
        builder.UseSetting("RateLimit:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
