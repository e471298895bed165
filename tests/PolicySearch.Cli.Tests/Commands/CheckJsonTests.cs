using System.Text.Json;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

/// <summary>`check --json` and `check --fix --json` print one JSON object of the same shape, never a table.</summary>
public sealed class CheckJsonTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task Check_and_check_fix_with_json_print_one_object_with_the_outcome_the_check_and_the_fix()
    {
        var archive = Archives.Write(_work.Combine("small.jsonl"), Enumerable.Range(0, 20).Select(i => Archives.Line($"d{i}", $"通知{i}", "营商环境正文。")));
        await CliProcess.RunAsync(_work.Path, "import", archive, "--threads", "1", "--index", IndexPath);
        var clean = await CliProcess.RunAsync(_work.Path, "check", "--json", "--index", IndexPath);
        var cleanFix = await CliProcess.RunAsync(_work.Path, "check", "--fix", "--json", "--index", IndexPath);
        var segment = Directory.GetFiles(IndexPath, "*.fnm").Single(); // the segment's field infos, read whenever it is opened
        await using (var stream = new FileStream(segment, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        var damaged = await CliProcess.RunAsync(_work.Path, "check", "--json", "--index", IndexPath);
        var unconfirmed = await CliProcess.RunAsync(_work.Path, "check", "--fix", "--json", "--index", IndexPath);
        var fixedRun = await CliProcess.RunAsync(_work.Path, "check", "--fix", "--yes", "--json", "--index", IndexPath);

        Assert.Equal(0, clean.ExitCode);
        AssertResult(clean.Output, "clean", documents: 20, fixedLost: null);
        Assert.Equal(0, cleanFix.ExitCode);
        AssertResult(cleanFix.Output, "clean", documents: 20, fixedLost: null);
        Assert.Equal(4, damaged.ExitCode);
        Assert.Equal(20, AssertResult(damaged.Output, "damaged", documents: 20, fixedLost: null).GetProperty("check").GetProperty("documentsLostByFix").GetInt32());
        Assert.Equal(2, unconfirmed.ExitCode);
        Assert.Contains("--yes", unconfirmed.Error, StringComparison.Ordinal);
        AssertResult(unconfirmed.Output, "not_confirmed", documents: 20, fixedLost: null);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Output + fixedRun.Error);
        var result = AssertResult(fixedRun.Output, "fixed", documents: 20, fixedLost: 20);
        Assert.Contains("policysearch reextract SITE", result.GetProperty("recovery").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement AssertResult(string output, string outcome, int documents, int? fixedLost)
    {
        // The whole standard output is one JSON document: no table, no sentence around it.
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement.Clone();
        Assert.Equal(outcome, root.GetProperty("outcome").GetString());
        Assert.Equal(documents, root.GetProperty("check").GetProperty("documentCount").GetInt32());
        Assert.NotEqual(JsonValueKind.Undefined, root.GetProperty("check").GetProperty("segments").ValueKind);
        var fix = root.GetProperty("fix");
        if (fixedLost is null)
        {
            Assert.Equal(JsonValueKind.Null, fix.ValueKind);
        }
        else
        {
            Assert.Equal(fixedLost, fix.GetProperty("documentsLost").GetInt32());
            Assert.Equal(0, fix.GetProperty("documentsRemaining").GetInt32());
        }

        return root;
    }
}
