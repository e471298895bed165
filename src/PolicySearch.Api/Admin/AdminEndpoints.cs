using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicySearch.Api.Caching;
using PolicySearch.Hosting.Crawls;
using PolicySearch.Api.Endpoints;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;

namespace PolicySearch.Api.Admin;

/// <summary>
/// <c>/api/admin</c>: start a crawl, see the crawls and the schedule, reopen the readers. Mapped only when
/// Admin:ApiKey is set; every request needs that key in X-Api-Key (<see cref="ApiKeyFilter"/>).
/// </summary>
internal static class AdminEndpoints
{
    public static RouteGroupBuilder? MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var options = routes.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!options.IsEnabled)
        {
            return null;
        }

        var group = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter(new ApiKeyFilter(options.ApiKey!));
        group.MapPost("/crawls", StartCrawl)
            .WithName(nameof(StartCrawl))
            .WithSummary("Queue a crawl of a configured site")
            .WithDescription("Body {\"site\": \"NAME\"} names crawler-config/NAME.json; \"full\": true revisits every known page now, "
                + "conditionally, whatever the site's recrawlInterval says. Crawls run one at a time; asking for a site already "
                + "queued or running returns that crawl. A crawl fails with index.locked while another process writes the index.");
        group.MapGet("/crawls", ListCrawls)
            .WithName(nameof(ListCrawls))
            .WithSummary("The crawls (queued, running, finished; newest first) and the recrawl schedule");
        group.MapGet("/crawls/{id}", GetCrawl)
            .WithName(nameof(GetCrawl))
            .WithSummary("One crawl's state and counts");
        group.MapPost("/refresh", RefreshIndex)
            .WithName(nameof(RefreshIndex))
            .WithSummary("Reopen the readers on the newest commit and drop cached searches if it changed");
        return group;
    }

    internal static async Task<Results<Accepted<CrawlJobStatus>, ProblemHttpResult>> StartCrawl(
        StartCrawlRequest? request,
        HttpContext httpContext,
        CrawlQueue queue,
        CrawlerOptions crawlerOptions)
    {
        var site = request?.Site;
        if (!SiteFiles.IsValidName(site))
        {
            var fault = new ParameterFault(ApiErrorCodes.InvalidRequest, "site", "site must name a site file: 1-64 lower-case letters, digits or '-'.");
            return ApiProblems.FromFaults([fault], httpContext);
        }

        try
        {
            await SiteFiles.LoadAsync(crawlerOptions, site!, httpContext.RequestAborted);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }

        var (job, _) = queue.Enqueue(site!, "admin", request!.Full);
        return TypedResults.Accepted($"/api/admin/crawls/{job.Id}", job.Status);
    }

    internal static Ok<CrawlStatusReport> ListCrawls(CrawlQueue queue, CrawlScheduler scheduler) =>
        TypedResults.Ok(new CrawlStatusReport(queue.Snapshot(), scheduler.Enabled, scheduler.Sites));

    internal static Results<Ok<CrawlJobStatus>, ProblemHttpResult> GetCrawl(string id, HttpContext httpContext, CrawlQueue queue) =>
        queue.Find(id) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.Problem(ApiProblems.Create(ApiErrorCodes.RouteNotFound, $"There is no crawl '{ApiProblems.Abbreviate(id)}'.", httpContext));

    internal static async Task<Results<Ok<RefreshReport>, ProblemHttpResult>> RefreshIndex(HttpContext httpContext, IndexRefresher refresher, IndexAccess index)
    {
        try
        {
            // When the refresher cannot open the index, reading it again throws the cause.
            var statistics = await refresher.RefreshAsync(httpContext.RequestAborted) ?? index.Reader.GetStatistics();
            return TypedResults.Ok(new RefreshReport(statistics.DocumentCount, statistics.Generation, statistics.LastCommitTime));
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
