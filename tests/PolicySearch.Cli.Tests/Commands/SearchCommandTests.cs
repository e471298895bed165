using System.Text.Json;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public SearchCommandTests()
    {
        var archive = Archives.Write(_work.Combine("docs.jsonl"), [
            Archives.Line("a", "优化营商环境条例", "持续深化放管服改革，优化营商环境。"),
            Archives.Line("b", "法治政府建设实施纲要", "全面建设法治政府。<script>alert(1)</script> &amp; <mark>伪高亮</mark> [red]"),
        ]);
        var (exitCode, _, error) = CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath).GetAwaiter().GetResult();
        Assert.True(exitCode == 0, error);
    }

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task Json_output_has_the_shape_of_the_api()
    {
        var (exitCode, output, _) = await CliProcess.RunAsync(_work.Path, "search", "法治", "--json", "--index", IndexPath);

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("法治", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("b", hit.GetProperty("id").GetString());
        Assert.Equal("valid", hit.GetProperty("validity").GetString());
        Assert.Equal("2020-01-03", hit.GetProperty("publishedDate").GetString());
        Assert.Contains("<mark>法治</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("&amp;amp; &lt;mark&gt;伪高亮&lt;/mark&gt;", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_text_output_shows_the_snippet_as_plain_document_text()
    {
        var (exitCode, output, _) = await CliProcess.RunAsync(_work.Path, "search", "法治", "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Contains("全面建设法治政府。<script>alert(1)</script> &amp; <mark>伪高亮</mark> [red]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_lists_ranked_titles_with_metadata()
    {
        var (exitCode, output, _) = await CliProcess.RunAsync(_work.Path, "search", "优化营商环境条例", "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Contains("1. 优化营商环境条例", output, StringComparison.Ordinal);
        Assert.Contains("国务院", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "search", "法治", "--bogus")]
    [InlineData(2, "search", "法治", "--top", "0")]
    [InlineData(2, "search", "法治", "--top", "many")]
    [InlineData(3, "search", "\"法治")]
    public async Task Bad_options_and_queries_exit_non_zero_with_a_message(int expectedExitCode, params string[] arguments)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, [.. arguments, "--index", IndexPath]);

        Assert.Equal(expectedExitCode, exitCode);
        Assert.StartsWith("policysearch: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "20x9", "year")]
    [InlineData("--validity", "foo", "validity")]
    public async Task A_bad_filter_value_names_the_field_as_the_api_does(string option, string value, string field)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, "search", "法治", option, value, "--index", IndexPath);

        Assert.Equal(3, exitCode);
        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
        Assert.Contains("[filter.invalid]", error, StringComparison.Ordinal);
        Assert.Contains(field, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_index_says_how_to_build_one()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, "search", "法治", "--index", _work.Combine("nowhere"));

        Assert.Equal(4, exitCode);
        Assert.Contains("policysearch import", error, StringComparison.Ordinal);
    }
}
