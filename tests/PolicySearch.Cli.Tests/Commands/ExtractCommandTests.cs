using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

/// <summary>`policysearch extract` prints what the crawler reads from attachment files, as a user runs it.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string Attachments = Path.Combine(AppContext.BaseDirectory, "TestData", "samples", "site", "attachments");
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Extract_prints_the_format_the_bytes_show_and_the_text_and_repeat_prints_a_timing_table()
    {
        var doc = Path.Combine(Attachments, "fujian3.doc");
        var renamed = _work.Combine("申请表.pdf"); // a Word file behind a wrong extension is still read as Word
        File.Copy(doc, renamed);

        var read = await CliProcess.RunAsync(_work.Path, "extract", renamed, "--index", _work.Combine("index"));
        var timed = await CliProcess.RunAsync(_work.Path, "extract", doc, Path.Combine(Attachments, "fujian1.pdf"), "--repeat", "3", "--index", _work.Combine("index"));
        var missing = await CliProcess.RunAsync(_work.Path, "extract", _work.Combine("nothing.doc"), "--index", _work.Combine("index"));

        Assert.True(read.ExitCode == 0, read.Output + read.Error);
        Assert.Contains("申请表.pdf: doc,", read.Output, StringComparison.Ordinal);
        Assert.Contains("自新版启用之日起停止使用", read.Output, StringComparison.Ordinal);
        Assert.True(timed.ExitCode == 0, timed.Output + timed.Error);
        Assert.Contains("Median ms", timed.Output, StringComparison.Ordinal);
        Assert.Contains("fujian1.pdf", timed.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nothing.doc", missing.Output + missing.Error, StringComparison.Ordinal);
    }
}
