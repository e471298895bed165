using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Pages;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;
using Serilog;

namespace PolicySearch.Api.Endpoints;

/// <summary>The server-rendered pages: search at <c>/</c>, one document at <c>/documents/{id}</c>, display settings at <c>/display</c>.</summary>
internal static class PageEndpoints
{
    public static RouteGroupBuilder MapPageEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).WithTags("Pages");
        group.MapGet("/", ShowSearchPage)
            .WithName(nameof(ShowSearchPage))
            .WithSummary("The search page: a form, and with q the ranked results as HTML");
        group.MapGet("/documents/{id}", ShowDocumentPage)
            .WithName(nameof(ShowDocumentPage))
            .WithSummary("One document as HTML: metadata table, link to the original, full text, citations, versions, similar documents");
        group.MapGet(PageLinks.DisplaySettings, DisplaySettingsEndpoint.ChangeDisplay)
            .WithName(nameof(DisplaySettingsEndpoint.ChangeDisplay))
            .WithSummary("Sets the 长者模式 or 简体/繁體 cookie and returns to the page (the no-JavaScript path of the display switches)");
        return group;
    }

    internal static HtmlPageResult ShowSearchPage(
        [FromQuery] string? q,
        [FromQuery] string? page,
        [FromQuery] string? size,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics)
    {
        if (httpContext.Request.Query.Count == 0)
        {
            return new HtmlPageResult(SearchPage.Home(PageDisplay.From(httpContext)));
        }

        var (request, faults) = SearchParameters.Bind(q, page, size, httpContext.Request.Query);
        if (request is null)
        {
            var heading = PageMessages.HeadingFor(faults[0].Code);
            var message = string.Join(" ", faults.Select(fault => fault.Message));
            return new HtmlPageResult(SearchPage.Problem(q, heading, message, PageDisplay.From(httpContext)), StatusCodes.Status400BadRequest);
        }

        try
        {
            var results = index.Searcher.Search(request);
            diagnostics.Set(RequestLogProperties.HitCount, results.Total);
            return new HtmlPageResult(SearchPage.Results(results, PageQuery.From(httpContext.Request.Query), PageDisplay.From(httpContext)));
        }
        catch (PolicySearchException fault)
        {
            var problemPage = SearchPage.Problem(q, PageMessages.HeadingFor(fault.Code), fault.Message, PageDisplay.From(httpContext));
            return new HtmlPageResult(problemPage, ErrorStatusTable.StatusOf(fault.Code));
        }
    }

    internal static HtmlPageResult ShowDocumentPage(string id, HttpContext httpContext, IndexAccess index)
    {
        var faults = QueryParameterRules.Check(httpContext.Request.Query, []);
        if (faults.Count > 0)
        {
            var message = string.Join(" ", faults.Select(fault => fault.Message));
            return new HtmlPageResult(MessagePage.Render(PageMessages.HeadingFor(faults[0].Code), message, PageDisplay.From(httpContext), "en"), StatusCodes.Status400BadRequest);
        }

        try
        {
            if (index.Relations.FindDetails(id) is { } details && index.Relations.FindSimilar(new SimilarRequest(id)) is { } similar)
            {
                return new HtmlPageResult(DocumentPage.Render(details, similar, PageDisplay.From(httpContext)));
            }

            var notFound = MessagePage.Render(PageMessages.HeadingFor(ErrorCodes.DocumentNotFound), "这份文件不在索引中：它可能已被删除，或者链接有误。", PageDisplay.From(httpContext));
            return new HtmlPageResult(notFound, StatusCodes.Status404NotFound);
        }
        catch (PolicySearchException fault)
        {
            var problemPage = MessagePage.Render(PageMessages.HeadingFor(fault.Code), fault.Message, PageDisplay.From(httpContext), "en");
            return new HtmlPageResult(problemPage, ErrorStatusTable.StatusOf(fault.Code));
        }
    }
}
