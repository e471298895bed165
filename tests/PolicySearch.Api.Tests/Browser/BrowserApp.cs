using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a random port, over a temp index of the test corpus, and one headless
/// Debian Chromium driven by Playwright (never downloaded: playwright install is not run). Shared, read-only.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private TestIndex? _index;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseAddress { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// How long an action or wait may take. Generous: these tests check behaviour, not speed, and share two cores with
    /// the other test classes' servers and indexes (their navigations load within about 1.5 s even so).
    /// </summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(30);

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return;
        }

        _index = await TestIndex.CreateAsync(TestDocuments.All);
        _app = PolicySearchWebApp.Build(
        [
            $"--Index:Path={_index.IndexPath}",
            $"--Logging:Directory={_index.LogDirectory}",
            $"--Samples:Path={Path.Combine(_index.Root, "no-samples")}",
            "--Logging:Console=false", // Playwright sets Console.OutputEncoding, which can deadlock with a console write
            "--Urls=http://127.0.0.1:0",
        ]);
        await _app.StartAsync();
        BaseAddress = _app.Urls.Single().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh context (cookies, storage) and page; 1280 px wide unless <paramref name="options"/> says otherwise.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress;
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.Locale ??= "zh-CN";
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _index?.Dispose();
    }
}
