namespace PolicySearch.Api.Tests.Browser;

/// <summary>A fact that needs Debian's Chromium: skipped, saying how to install it, when /usr/bin/chromium is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingChromium =
        $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium fonts-noto-cjk' (.ci/run does) to run the browser tests.";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = MissingChromium;
        }
    }
}
