using System.Text.Json;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

public sealed class SuggestCommandTests : IDisposable
{
    private readonly ImportedIndex _index = new(
        Archives.Line("a", "中华人民共和国行政复议法", "为了防止和纠正违法的或者不当的行政行为，制定本法。"),
        Archives.Line("b", "行政复议法实施条例", "根据行政复议法，制定本条例。"));

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Json_output_has_the_shape_of_the_api()
    {
        var (exitCode, output, _) = await _index.RunAsync("suggest", "行政复议", "--json");

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("行政复议", root.GetProperty("query").GetString());
        var suggestions = root.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(["a", "b"], suggestions.Where(s => s.GetProperty("kind").GetString() == "title").Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("valid", suggestions[0].GetProperty("validity").GetString());
    }

    [Fact]
    public async Task Text_output_lists_titles_then_issuers()
    {
        var (exitCode, output, _) = await _index.RunAsync("suggest", "国务院");

        Assert.Equal(0, exitCode);
        Assert.Contains("issuer 国务院 (2 documents)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "suggest", "法", "--size", "21")]
    [InlineData(2, "suggest", "法", "--bogus")]
    [InlineData(3, "suggest", " ")]
    public async Task Bad_options_and_prefixes_exit_non_zero_with_a_message(int expectedExitCode, params string[] arguments)
    {
        var (exitCode, _, error) = await _index.RunAsync(arguments);

        Assert.Equal(expectedExitCode, exitCode);
        Assert.StartsWith("policysearch: ", error, StringComparison.Ordinal);
    }
}
