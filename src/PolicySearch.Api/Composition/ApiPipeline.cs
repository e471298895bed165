using Microsoft.Extensions.FileProviders;
using PolicySearch.Api.Admin;
using PolicySearch.Api.Endpoints;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Metrics;
using PolicySearch.Api.Security;
using Serilog;

namespace PolicySearch.Api.Composition;

/// <summary>The middleware order and every endpoint.</summary>
internal static class ApiPipeline
{
    public static WebApplication UsePolicySearchApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseProxyForwarding();
        app.UseSerilogRequestLogging(options => RequestCompletionLogging.Configure(options, logger));
        app.UseRequestMetrics();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(ProblemResponses.WriteForStatusAsync);
        app.UseRequestLimits();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(ApiPipeline).Assembly, "PolicySearch.Api.wwwroot"),
        });
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapSearchEndpoints();
        app.MapSuggestEndpoints();
        app.MapDocumentEndpoints();
        app.MapSimilarDocumentEndpoints();
        app.MapHealthEndpoints();
        app.MapPageEndpoints();
        app.MapMetricsEndpoints();
        app.MapAdminEndpoints();
        app.MapReferenceEndpoints();
        return app;
    }
}
