using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Pages;

[Collection(SharedApp.Name)]
public sealed class DisplaySettingsTests
{
    private readonly ApiFixture _fixture;

    public DisplaySettingsTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_display_address_sets_the_cookie_and_returns_to_the_page()
    {
        // A client of its own: the shared one keeps cookies, and other tests expect the default display.
        using var client = _fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync("/display?elder=on&return=%2F%3Fq%3D%E6%B3%95%E6%B2%BB");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?q=法治", Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("ps-elder=1;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/display?elder=on&return=%2F%2Fevil.example")]
    [InlineData("/display?elder=on&return=https%3A%2F%2Fevil.example")]
    [InlineData("/display?elder=on&return=%2F%5Cevil.example")]
    [InlineData("/display?elder=maybe&return=%2F")]
    [InlineData("/display?return=%2F")]
    public async Task The_display_address_rejects_other_hosts_and_unknown_values(string address)
    {
        using var client = _fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Cookies_render_the_display_classes_on_the_first_paint()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "ps-elder=1; ps-script=hant");
        var html = await (await _fixture.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"zh-CN\" class=\"elder hant\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/app.js\" defer=\"\"></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simplified_to_traditional_map_inverts_the_engine_table()
    {
        var pairs = (await _fixture.Client.GetStringAsync("/s2t.txt")).Trim();
        var table = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "TraditionalToSimplified.tsv"));
        var inverted = table.Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line => (line[2], line[0])).ToHashSet();

        Assert.Equal(0, pairs.Length % 2);
        Assert.True(pairs.Length / 2 > 2000);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            Assert.Contains((pairs[i], pairs[i + 1]), inverted);
        }

        Assert.Equal('國', pairs[pairs.IndexOf('国', StringComparison.Ordinal) + 1]);
        Assert.Equal('關', pairs[pairs.IndexOf('关', StringComparison.Ordinal) + 1]);
    }
}
