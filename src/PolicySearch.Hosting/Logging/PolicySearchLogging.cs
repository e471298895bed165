using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace PolicySearch.Hosting.Logging;

/// <summary>
/// Serilog for both hosts: a bootstrap logger until configuration is read, then console (unless
/// Logging:Console is false) plus a daily rolling file, framework noise at Warning. The "Serilog"
/// configuration section overrides all of it.
/// </summary>
public static class PolicySearchLogging
{
    public const string DefaultLogDirectory = "logs";

    public static ILogger CreateBootstrapLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
        .CreateBootstrapLogger();

    /// <param name="console">False for CLI commands that draw their own progress on the terminal: then only warnings reach it.</param>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, string hostName, bool console = true)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var directory = configuration["Logging:Directory"] ?? DefaultLogDirectory;
        var formatProvider = System.Globalization.CultureInfo.InvariantCulture;
        logger = logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Host", hostName);
        if (configuration.GetValue("Logging:Console", defaultValue: true))
        {
            // A bad setting reaches the terminal once, as the command's "Invalid configuration: …" line; the host's
            // startup failure with its stack trace goes to the file only.
            logger = logger.WriteTo.Logger(terminal => terminal
                .Filter.ByExcluding(logEvent => logEvent.Exception is OptionsValidationException)
                .WriteTo.Console(
                    restrictedToMinimumLevel: console ? LogEventLevel.Information : LogEventLevel.Warning,
                    standardErrorFromLevel: LogEventLevel.Verbose,
                    formatProvider: formatProvider));
        }

        return logger
            .WriteTo.File(
                Path.Combine(directory, "policysearch-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: formatProvider,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Host} {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .ReadFrom.Configuration(configuration);
    }
}
