using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicySearch.Api.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class DocumentPageBrowserTests
{
    private readonly BrowserApp _app;

    public DocumentPageBrowserTests(BrowserApp app)
    {
        _app = app;
    }

    [BrowserFact]
    public async Task The_document_page_shows_metadata_body_and_copies_the_citation()
    {
        var page = await _app.NewPageAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync("/documents/doc-rule-of-law");

        var labels = await page.Locator("table.metadata th").AllInnerTextsAsync();
        Assert.Equal(["索引号", "发布机构", "主题分类", "成文日期", "发布日期", "文号", "有效性"], labels.Where(label => label is "索引号" or "发布机构" or "主题分类" or "成文日期" or "发布日期" or "文号" or "有效性"));
        Assert.Equal(2, await page.Locator(".document-body h2").CountAsync());
        Assert.Equal("《国务院关于加强法治政府建设的意见》（国发〔2021〕1号）", await page.InnerTextAsync("#citation-text"));

        await page.ClickAsync("button.copy-citation");
        await page.WaitForSelectorAsync(".copy-status:has-text('已复制')");
        Assert.Equal("《国务院关于加强法治政府建设的意见》（国发〔2021〕1号）", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_cited_document_link_opens_that_document()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/documents/doc-implementation");
        await page.RunAndWaitForLoadAsync(() => page.ClickAsync(".relations-cites a[href='/documents/doc-rule-of-law']"), new Regex("/documents/doc-rule-of-law$"));
        Assert.Equal("国务院关于加强法治政府建设的意见", await page.InnerTextAsync("h1"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Elder_mode_and_traditional_display_are_remembered_across_a_reload()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/documents/doc-rule-of-law");
        await page.ClickAsync(".switch-elder");
        await page.ClickAsync(".switch-script");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("國務院關於加強法治政府建設的意見");

        await page.ReloadAsync();
        // The page's script converts the text after load (waitForFunction would need eval, which the CSP forbids).
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("國務院關於加強法治政府建設的意見");
        Assert.Equal("elder hant", await page.GetAttributeAsync("html", "class") is { } classes ? string.Join(' ', classes.Split(' ').Where(c => c != "js")) : null);
        Assert.Equal("true", await page.GetAttributeAsync(".switch-elder", "aria-pressed"));
        Assert.Equal("zh-Hant", await page.GetAttributeAsync("html", "lang"));
        var served = await page.APIRequest.GetAsync("/documents/doc-rule-of-law");
        Assert.Contains("<html lang=\"zh-CN\" class=\"elder hant\">", await served.TextAsync(), StringComparison.Ordinal);

        await page.ClickAsync(".switch-script");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("国务院关于加强法治政府建设的意见");
        await page.Context.CloseAsync();
    }
}
