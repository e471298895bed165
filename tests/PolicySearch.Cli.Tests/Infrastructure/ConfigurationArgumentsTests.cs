using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Infrastructure;

public sealed class ConfigurationArgumentsTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Section_Key_settings_are_taken_out_and_the_command_line_keeps_the_rest_in_order()
    {
        var (settings, others) = ConfigurationArguments.Split(
            ["serve", "--RateLimit:Enabled=false", "--index", "/data/index", "--Crawler:Schedule:Enabled=true", "--index:/x", "--Foo", "--urls=http://a", "--", "--Search:X=1"]);

        Assert.Equal(["--RateLimit:Enabled=false", "--Crawler:Schedule:Enabled=true"], settings);
        Assert.Equal(["serve", "--index", "/data/index", "--index:/x", "--Foo", "--urls=http://a", "--", "--Search:X=1"], others);
    }

    [Fact]
    public async Task Unknown_options_are_still_refused_and_a_setting_without_a_value_is_explained()
    {
        var unknown = await CliProcess.RunAsync(_work.Path, "serve", "--Foo", "bar");
        var spaced = await CliProcess.RunAsync(_work.Path, "serve", "--RateLimit:Enabled", "false");

        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("Unknown option 'Foo'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, spaced.ExitCode);
        Assert.Contains("--Section:Key=value", spaced.Error, StringComparison.Ordinal);
        Assert.Contains("--RateLimit:Enabled=", spaced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_reads_settings_from_arguments_and_POLICYSEARCH_variables()
    {
        var fromArgument = _work.Combine("from-argument");
        var fromVariable = _work.Combine("from-variable");

        var argument = await CliProcess.RunAsync(_work.Path, "stats", $"--Index:Path={fromArgument}");
        using var stats = CliProcess.Start(_work.Path, new Dictionary<string, string> { ["POLICYSEARCH_Index__Path"] = fromVariable }, "stats");
        var variableExit = await stats.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.IndexUnavailable, argument.ExitCode);
        Assert.Contains(fromArgument, argument.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.IndexUnavailable, variableExit);
        Assert.Contains(fromVariable, stats.Error, StringComparison.Ordinal);
    }
}
