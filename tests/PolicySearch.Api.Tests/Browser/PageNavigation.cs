using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// Runs an action that makes the page navigate and waits until a page at the expected address has loaded, listening
/// from before the action. Playwright .NET's WaitForURLAsync and WaitForLoadStateAsync look at the frame's URL or load
/// states first and subscribe to its events afterwards, while the events are raised on the thread reading the driver's
/// messages: a navigation or load arriving in between is lost and the wait runs into its timeout although the page has
/// loaded (microsoft/playwright-dotnet#3364). On two busy cores the test's thread is preempted in that gap now and then.
/// </summary>
internal static class PageNavigation
{
    public static Task RunAndWaitForLoadAsync(this IPage page, Func<Task> action, Regex address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return page.RunAndWaitForLoadAsync(action, address.IsMatch, address.ToString());
    }

    public static async Task RunAndWaitForLoadAsync(this IPage page, Func<Task> action, Func<string, bool> isExpected, string expected)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage)
        {
            if (isExpected(loadedPage.Url))
            {
                loaded.TrySetResult();
            }
        }

        page.Load += OnLoad;
        try
        {
            await action();
            await WaitAsync(loaded.Task, page, expected);
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    private static async Task WaitAsync(Task loaded, IPage page, string expected)
    {
        try
        {
            await loaded.WaitAsync(BrowserApp.Timeout);
        }
        catch (TimeoutException exception)
        {
            var seconds = BrowserApp.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            throw new TimeoutException($"No page matching {expected} loaded within {seconds} s; the page is at {page.Url}.", exception);
        }
    }
}
