using System.Globalization;
using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Import;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Evaluation;
using PolicySearch.Hosting.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>
/// `policysearch eval JUDGMENTS`: runs a judged query set against the index and prints MRR@10, nDCG@10,
/// success@1 and success@10 per query kind and overall. With --generate-known-items ARCHIVE it prints
/// known-item judgment lines instead. The measuring is Engine's (Evaluation); this command reads and prints.
/// </summary>
public sealed class EvalCommand : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.GenerateFrom is { } archive)
        {
            var documents = await ArchiveDocuments.LoadAsync([archive], cancellationToken);
            var queries = KnownItemQueryGenerator.Generate(documents, settings.PerKind, settings.Seed);
            foreach (var line in KnownItemJudgments.ToLines(queries, documents))
            {
                await Console.Out.WriteLineAsync(line.AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        }

        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var reader = environment.Get<IndexReaderProvider>().Open();
        if (settings.PoolFrom is { } queriesPath)
        {
            var pool = JudgingPool.Build(await PoolQueries.LoadAsync(queriesPath, cancellationToken), RankingSystems.All(reader), settings.Depth);
            foreach (var entry in pool)
            {
                await Console.Out.WriteLineAsync(entry.ToLine().AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        }

        var judged = await Judgments.LoadAsync(settings.JudgmentsPath!, cancellationToken);
        var judgments = judged.Sum(query => query.Grades.Count);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{judged.Count} judged queries, {judgments} judgments; index has {reader.GetStatistics().DocumentCount:N0} documents; system {RankingSystems.Name(settings.System)}.[/]"));
        var report = JudgedRunner.Run(RankingSystems.Searcher(reader, settings.System), judged);
        EvalReportView.Write(AnsiConsole.Console, Console.Out, report, settings.PerQuery);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(JudgedReportJson.Of(report), PolicyJson.Indented), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
