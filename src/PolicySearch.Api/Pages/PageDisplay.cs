namespace PolicySearch.Api.Pages;

/// <summary>
/// What the frame of a page takes from the request: the display settings remembered in cookies (长者模式,
/// 繁體), so the first paint already has them, and the page's own address, where the settings links return.
/// </summary>
internal sealed record PageDisplay(bool Elder, bool Traditional, string ReturnPath)
{
    public const string ElderCookie = "ps-elder";
    public const string ScriptCookie = "ps-script";
    public const string TraditionalScript = "hant";

    public static PageDisplay Default { get; } = new(false, false, "/");

    public static PageDisplay From(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        return new PageDisplay(
            request.Cookies[ElderCookie] == "1",
            request.Cookies[ScriptCookie] == TraditionalScript,
            request.Path.Value + request.QueryString.Value);
    }

    /// <summary>The classes of the html element: elder for 长者模式, hant for the 繁體 display (app.js converts the text).</summary>
    public string? HtmlClass =>
        (Elder, Traditional) switch
        {
            (true, true) => "elder hant",
            (true, false) => "elder",
            (false, true) => "hant",
            _ => null,
        };
}
