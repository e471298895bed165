namespace PolicySearch.Api.Pages;

/// <summary>
/// The frame of every page: lang="zh-CN", the stylesheet and the deferred script (no inline style or script,
/// so a strict CSP holds), a skip link, header with the display settings, main and footer landmarks.
/// The page's own content goes in main.
/// </summary>
internal static class PageLayout
{
    public static string Render(string title, PageDisplay display, Action<HtmlWriter> writeMain)
    {
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(writeMain);
        var html = new HtmlWriter()
            .Doctype()
            .Open("html", ("lang", "zh-CN"), ("class", display.HtmlClass)).Line()
            .Open("head").Line()
            .Void("meta", ("charset", "utf-8")).Line()
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line()
            .Element("title", title).Line()
            .Void("link", ("rel", "stylesheet"), ("href", PageLinks.Stylesheet)).Line()
            .Void("link", ("rel", "stylesheet"), ("href", PageLinks.ControlsStylesheet)).Line()
            .Element("script", null, ("src", PageLinks.Script), ("defer", string.Empty)).Line()
            .Close("head").Line()
            .Open("body").Line()
            .Element("a", "跳到正文", ("class", "skip-link"), ("href", "#main")).Line()
            .Open("header", ("class", "site-header")).Open("div", ("class", "container header-row"))
            .Element("a", PageText.SiteName, ("class", "site-name"), ("href", PageLinks.Home));
        DisplaySwitch.Write(html, display);
        html.Close("div").Close("header").Line()
            .Open("main", ("id", "main"), ("class", "container"), ("tabindex", "-1")).Line();
        writeMain(html);
        return html
            .Close("main").Line()
            .Open("footer", ("class", "site-footer")).Open("div", ("class", "container"))
            .Element("p", "收录政府网站公开发布的政策文件，内容以原文为准。")
            .Close("div").Close("footer").Line()
            .Close("body").Line()
            .Close("html").Line()
            .ToString();
    }
}
