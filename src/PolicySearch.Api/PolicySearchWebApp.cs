using System.Diagnostics.CodeAnalysis;
using PolicySearch.Api.Composition;
using PolicySearch.Hosting.Configuration;

namespace PolicySearch.Api;

/// <summary>
/// The web app as other hosts start it: <c>policysearch serve</c> and Program alike call
/// <see cref="Build"/>, then <see cref="PrepareIndexAsync"/>, then run the app.
/// </summary>
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "The CLI hosts the web app through this entry point.")]
public static class PolicySearchWebApp
{
    /// <summary>Where the app listens unless Urls (--urls, POLICYSEARCH_Urls) or Kestrel:Endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5000";

    /// <summary>
    /// Builds the configured app from the configuration every command reads (<see cref="PolicySearchConfiguration"/>):
    /// Serilog (console and rolling file, one completion event per request), the index services, problem
    /// details, and every endpoint and page.
    /// </summary>
    /// <param name="args">Command-line configuration, e.g. <c>--Index:Path=/data/index --Urls=http://0.0.0.0:8080</c>.</param>
    /// <param name="configure">Runs after the defaults are registered, before the app is built: extra configuration or services.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.ReplaceDefaultSources(builder.Environment.EnvironmentName, args);
        if (builder.Configuration["Urls"] is null && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddPolicySearchApi(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UsePolicySearchApi();
        return app;
    }

    /// <summary>Builds an empty or missing index from the sample archive, logging progress. Call before running the app.</summary>
    public static Task PrepareIndexAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        return SampleIndexStartup.RunAsync(app.Services, cancellationToken);
    }
}
