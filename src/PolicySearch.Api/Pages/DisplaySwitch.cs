namespace PolicySearch.Api.Pages;

/// <summary>
/// The 长者模式 and 简体/繁體 switches in the header. Each is a link to the display settings address, which
/// sets a cookie and comes back, so they work without JavaScript; app.js switches in place and remembers the
/// choice in localStorage and the same cookie.
/// </summary>
internal static class DisplaySwitch
{
    public const string ElderSetting = "elder";
    public const string ScriptSetting = "script";

    public static void Write(HtmlWriter html, PageDisplay display)
    {
        html.Open("nav", ("class", "display-switch"), ("aria-label", "显示设置"))
            .Element(
                "a",
                display.Elder ? "标准模式" : "长者模式",
                ("href", PageLinks.Display(ElderSetting, display.Elder ? "off" : "on", display.ReturnPath)),
                ("class", "switch-elder"),
                ("data-setting", ElderSetting))
            .Element(
                "a",
                display.Traditional ? "简体" : "繁體",
                ("href", PageLinks.Display(ScriptSetting, display.Traditional ? "hans" : PageDisplay.TraditionalScript, display.ReturnPath)),
                ("class", "switch-script"),
                ("data-setting", ScriptSetting),
                ("lang", display.Traditional ? "zh-CN" : "zh-Hant"))
            .Close("nav");
    }
}
