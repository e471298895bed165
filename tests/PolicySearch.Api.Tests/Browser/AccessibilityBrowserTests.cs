using System.Text.Json;
using Microsoft.Playwright;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// axe-core (TestData/axe, MPL-2.0) on the search page with results and facets and on the document page, in
/// normal and elder mode, at 1280 and 375 px; screenshots of each state go to TestResults/screenshots.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityBrowserTests
{
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "TestData", "axe", "axe.min.js");

    private readonly BrowserApp _app;

    public AccessibilityBrowserTests(BrowserApp app)
    {
        _app = app;
    }

    public static TheoryData<string, string, bool, int> States => new()
    {
        { "search", "/?q=%E5%85%B3%E4%BA%8E&size=5", false, 1280 },
        { "search", "/?q=%E5%85%B3%E4%BA%8E&size=5", true, 1280 },
        { "search", "/?q=%E5%85%B3%E4%BA%8E&size=5", false, 375 },
        { "search", "/?q=%E5%85%B3%E4%BA%8E&size=5", true, 375 },
        { "question", "/?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8%E8%A6%81%E6%80%8E%E4%B9%88%E7%AE%A1%E5%91%A2", false, 375 },
        { "question", "/?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8%E8%A6%81%E6%80%8E%E4%B9%88%E7%AE%A1%E5%91%A2", true, 375 },
        { "document", "/documents/doc-implementation", false, 1280 },
        { "document", "/documents/doc-implementation", true, 1280 },
        { "document", "/documents/doc-rule-of-law", false, 375 },
        { "document", "/documents/doc-rule-of-law", true, 375 },
    };

    [BrowserTheory]
    [MemberData(nameof(States))]
    public async Task Pages_have_no_serious_accessibility_violations_and_fit_the_screen(string name, string address, bool elder, int width)
    {
        // BypassCSP only so that axe can be injected; the page's own script runs as it does for users.
        var page = await _app.NewPageAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        if (elder)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "ps-elder", Value = "1", Url = _app.BaseAddress }]);
        }

        await page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var file = $"{name}-{width}{(elder ? "-elder" : string.Empty)}.png";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, file), FullPage = true });

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{file}: the page scrolls sideways.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))"
            + ".violations.map(v => ({ id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))");
        await File.WriteAllTextAsync(Path.Combine(BrowserApp.ScreenshotDirectory, Path.ChangeExtension(file, ".axe.json")), violations.GetRawText());
        var serious = violations.EnumerateArray()
            .Where(violation => violation.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(violation => violation.GetRawText())
            .ToList();
        Assert.True(serious.Count == 0, $"{file}: {string.Join("; ", serious)}");
        await page.Context.CloseAsync();
    }
}
