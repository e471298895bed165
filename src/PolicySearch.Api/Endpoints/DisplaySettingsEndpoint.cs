using PolicySearch.Api.Pages;
using PolicySearch.Api.Requests;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// The no-JavaScript path of the page's display switches: <c>/display?elder=on|off</c> or <c>?script=hans|hant</c>
/// sets the cookie the pages read (and app.js writes) and redirects to <c>return</c>, a path on this site.
/// </summary>
internal static class DisplaySettingsEndpoint
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    internal static IResult ChangeDisplay(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var query = httpContext.Request.Query;
        var faults = QueryParameterRules.Check(query, [DisplaySwitch.ElderSetting, DisplaySwitch.ScriptSetting, "return"]);
        var elder = query[DisplaySwitch.ElderSetting].FirstOrDefault();
        var script = query[DisplaySwitch.ScriptSetting].FirstOrDefault();
        var returnPath = query["return"].FirstOrDefault() ?? PageLinks.Home;
        var known = (elder is null or "on" or "off") && (script is null or "hans" or PageDisplay.TraditionalScript) && (elder ?? script) is not null;
        if (faults.Count > 0 || !known || !IsLocalPath(returnPath))
        {
            var message = "Use elder=on or elder=off, or script=hans or script=hant, and a return path on this site that starts with a single '/'.";
            return new HtmlPageResult(MessagePage.Render("网址中的参数有误", message, PageDisplay.From(httpContext), "en"), StatusCodes.Status400BadRequest);
        }

        var cookie = new CookieOptions { Path = "/", MaxAge = Remembered, SameSite = SameSiteMode.Lax, IsEssential = true };
        if (elder is not null)
        {
            httpContext.Response.Cookies.Append(PageDisplay.ElderCookie, elder == "on" ? "1" : "0", cookie);
        }

        if (script is not null)
        {
            httpContext.Response.Cookies.Append(PageDisplay.ScriptCookie, script, cookie);
        }

        return TypedResults.Redirect(returnPath);
    }

    /// <summary>A path on this site: one leading '/', not '//' or '/\' (which browsers read as another host).</summary>
    private static bool IsLocalPath(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
        && !path.Any(char.IsControl);
}
