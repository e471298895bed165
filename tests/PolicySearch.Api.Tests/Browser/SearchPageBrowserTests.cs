using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicySearch.Api.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class SearchPageBrowserTests
{
    private readonly BrowserApp _app;

    public SearchPageBrowserTests(BrowserApp app)
    {
        _app = app;
    }

    [BrowserFact]
    public async Task Typing_a_query_and_pressing_enter_shows_ranked_results_and_the_filter_panel()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#q", "法治");
        await page.RunAndWaitForLoadAsync(() => page.PressAsync("#q", "Enter"), new Regex("q=%E6%B3%95%E6%B2%BB"));

        Assert.Matches("找到 [0-9]+ 条结果", await page.InnerTextAsync(".result-summary"));
        Assert.True(await page.Locator(".hit").CountAsync() >= 2);
        Assert.True(await page.Locator(".filters fieldset.facet").CountAsync() >= 2);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_question_shows_how_it_was_understood_and_the_link_searches_the_words_as_typed()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#q", "网络安全要怎么管呢");
        await page.RunAndWaitForLoadAsync(() => page.PressAsync("#q", "Enter"), new Regex("q="));

        var notice = await page.InnerTextAsync(".notice-understood");
        Assert.Contains("按 网络 安全 检索", notice, StringComparison.Ordinal);
        Assert.Contains("已忽略：要 怎么 呢", notice, StringComparison.Ordinal);
        Assert.True(await page.Locator(".hit").CountAsync() >= 1);

        await page.RunAndWaitForLoadAsync(() => page.ClickAsync(".understood-literal a"), new Regex("literal=true"));
        Assert.Equal("网络安全要怎么管呢", await page.InputValueAsync("#q"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Checking_a_facet_filters_the_results_and_clear_all_removes_every_filter()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/?q=%E5%85%B3%E4%BA%8E");
        var before = await page.Locator(".hit").CountAsync();

        var valid = page.Locator("fieldset[data-facet=validity] label", new() { HasText = "有效" }).First;
        await page.RunAndWaitForLoadAsync(() => valid.ClickAsync(), new Regex("validity=valid"));
        Assert.All(await page.Locator(".hit-meta .validity").AllInnerTextsAsync(), label => Assert.Equal("有效", label));
        Assert.True(await page.Locator("fieldset[data-facet=validity] input:checked").CountAsync() == 1);

        await page.RunAndWaitForLoadAsync(() => page.ClickAsync("text=清除全部筛选"), url => !url.Contains("validity", StringComparison.Ordinal), "no validity");
        Assert.Equal(before, await page.Locator(".hit").CountAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Choosing_newest_sorts_by_published_date_descending_and_keeps_it_in_the_address()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/?q=%E5%85%B3%E4%BA%8E");
        await page.RunAndWaitForLoadAsync(() => page.SelectOptionAsync("#sort", "newest"), new Regex("sort=newest"));

        var dates = (await page.Locator(".hit-meta").AllInnerTextsAsync())
            .Select(line => Regex.Match(line, "[0-9]{4}-[0-9]{2}-[0-9]{2}").Value)
            .Where(date => date.Length > 0)
            .ToList();
        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("newest", await page.InputValueAsync("#sort"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Paging_keeps_every_parameter_and_the_back_button_returns()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/?q=%E5%85%B3%E4%BA%8E&size=2&sort=oldest");
        await page.RunAndWaitForLoadAsync(() => page.ClickAsync("a[rel=next]"), new Regex("page=2"));
        Assert.Contains("size=2", page.Url, StringComparison.Ordinal);
        Assert.Contains("sort=oldest", page.Url, StringComparison.Ordinal);
        Assert.Equal("3", await page.GetAttributeAsync("ol.hits", "start"));

        await page.GoBackAsync();
        Assert.DoesNotContain("page=2", page.Url, StringComparison.Ordinal);
        Assert.Equal("1", await page.GetAttributeAsync("ol.hits", "start"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Without_javascript_search_and_filters_work_through_plain_forms()
    {
        var page = await _app.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync("/");
        await page.FillAsync("#q", "关于");
        await page.RunAndWaitForLoadAsync(() => page.ClickAsync(".search-row button"), new Regex("q=%E5%85%B3%E4%BA%8E"));
        Assert.True(await page.Locator(".hit").CountAsync() > 0);

        await page.Locator("fieldset[data-facet=validity] label", new() { HasText = "有效" }).First.ClickAsync();
        await page.RunAndWaitForLoadAsync(() => page.ClickAsync(".apply-filters"), new Regex("validity=valid"));
        Assert.All(await page.Locator(".hit-meta .validity").AllInnerTextsAsync(), label => Assert.Equal("有效", label));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Suggestions_are_a_combobox_driven_by_arrow_keys_enter_and_escape()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("#q");
        await page.Keyboard.TypeAsync("关于");
        await page.WaitForSelectorAsync("#q-suggestions li[role=option]");
        Assert.Equal("true", await page.GetAttributeAsync("#q", "aria-expanded"));
        Assert.Equal("q-suggestions", await page.GetAttributeAsync("#q", "aria-controls"));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("q-option-1", await page.GetAttributeAsync("#q", "aria-activedescendant"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("q-option-0", await page.GetAttributeAsync("#q", "aria-activedescendant"));
        Assert.Equal("true", await page.GetAttributeAsync("#q-option-0", "aria-selected"));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await page.GetAttributeAsync("#q", "aria-expanded"));

        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("于");
        await page.WaitForSelectorAsync("#q-suggestions li[role=option]");
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.InnerTextAsync("#q-option-0 span");
        await page.RunAndWaitForLoadAsync(() => page.Keyboard.PressAsync("Enter"), url => !url.EndsWith('/'), "an address past the home page");
        Assert.Contains(chosen, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_late_suggestion_reply_does_not_replace_the_list_the_reader_is_moving_through()
    {
        var page = await _app.NewPageAsync();
        var lateReplyReleased = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var longerPrefix = Uri.EscapeDataString("关于");
        await page.RouteAsync("**/api/suggest?*", async route =>
        {
            if (route.Request.Url.Contains(longerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                await lateReplyReleased.Task;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync("/");
        await page.ClickAsync("#q");
        await page.Keyboard.TypeAsync("关");
        await page.WaitForSelectorAsync("#q-suggestions li[role=option]");
        await page.Keyboard.TypeAsync("于");
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.InnerTextAsync("#q-option-0 span");

        var lateReply = page.WaitForResponseAsync(response => response.Url.Contains(longerPrefix, StringComparison.OrdinalIgnoreCase));
        lateReplyReleased.SetResult();
        await (await lateReply).FinishedAsync();
        // The page parses and would render the reply within milliseconds of receiving it.
        await page.WaitForTimeoutAsync(500);
        Assert.Equal("q-option-0", await page.GetAttributeAsync("#q", "aria-activedescendant"));

        await page.RunAndWaitForLoadAsync(() => page.Keyboard.PressAsync("Enter"), url => !url.EndsWith('/'), "an address past the home page");
        Assert.Contains(chosen, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Keyboard_alone_reaches_a_document_from_the_home_page_with_a_visible_focus()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/");
        await TabUntilAsync(page, "document.activeElement.id === 'q'");
        await page.Keyboard.TypeAsync("网络安全");
        await page.RunAndWaitForLoadAsync(() => page.Keyboard.PressAsync("Enter"), new Regex("q="));

        await TabUntilAsync(page, "!!document.activeElement.closest('.hit-title')");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.RunAndWaitForLoadAsync(() => page.Keyboard.PressAsync("Enter"), new Regex("/documents/"));
        Assert.Equal(1, await page.Locator("table.metadata").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        var reached = await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 200) + ' @ ' + location.href");
        Assert.Fail($"Tab never reached an element where {condition}; focus is on {reached}.");
    }
}
