namespace PolicySearch.Api.Tests.Browser;

/// <summary>The browser tests share one app on Kestrel and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
