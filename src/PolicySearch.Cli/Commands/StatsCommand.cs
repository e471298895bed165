using System.Globalization;
using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Indexing;
using PolicySearch.Core.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch stats`: what the index holds.</summary>
public sealed class StatsCommand : Command<StatsSettings>
{
    public override int Execute(CommandContext context, StatsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var reader = environment.Get<IndexReaderProvider>().Open();
        var statistics = reader.GetStatistics();
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(statistics, PolicyJson.Indented));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Index").AddColumn("");
        table.AddRow("Path", Markup.Escape(Path.GetFullPath(statistics.Path)));
        table.AddRow("Documents", statistics.DocumentCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Size on disk", string.Create(CultureInfo.InvariantCulture, $"{statistics.SizeBytes / 1_048_576.0:F1} MB"));
        table.AddRow("Schema version", statistics.SchemaVersion.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Last commit", statistics.LastCommitTime?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "unknown");
        table.AddRow("Commit generation", statistics.Generation.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }
}
