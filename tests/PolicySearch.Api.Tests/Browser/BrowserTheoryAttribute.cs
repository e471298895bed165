namespace PolicySearch.Api.Tests.Browser;

/// <summary>A theory that needs Debian's Chromium: skipped like <see cref="BrowserFactAttribute"/> when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            Skip = BrowserFactAttribute.MissingChromium;
        }
    }
}
