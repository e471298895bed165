using System.Globalization;
using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Indexing;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Evaluation;
using PolicySearch.Engine.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>
/// `policysearch eval JUDGMENTS`: runs a judged query set against the index and prints MRR@10, nDCG@10,
/// success@1 and success@10 per query kind and overall. With --generate-known-items ARCHIVE it prints
/// known-item judgment lines instead.
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
            await WritePoolAsync(reader, queriesPath, settings.Depth, cancellationToken);
            return ExitCodes.Success;
        }

        var judged = await Judgments.LoadAsync(settings.JudgmentsPath!, cancellationToken);
        var judgments = judged.Sum(query => query.Grades.Count);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{judged.Count} judged queries, {judgments} judgments; index has {reader.GetStatistics().DocumentCount:N0} documents; system {settings.System.ToString().ToLowerInvariant()}.[/]"));
        var report = JudgedRunner.Run(Searcher(reader, settings.System), judged);
        EvalReportView.Write(AnsiConsole.Console, Console.Out, report, settings.PerQuery);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(EvalReportView.ToJson(report), PolicyJson.Indented), cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static IDocumentSearcher Searcher(PolicyIndexReader reader, RankingSystem system) => system switch
    {
        RankingSystem.Literal => new LiteralSearcher(reader),
        RankingSystem.Baseline => new PlainLuceneSearcher(reader),
        _ => reader,
    };

    private static async Task WritePoolAsync(PolicyIndexReader reader, string queriesPath, int depth, CancellationToken cancellationToken)
    {
        var queries = await PoolQueries.LoadAsync(queriesPath, cancellationToken);
        var systems = Enum.GetValues<RankingSystem>().ToDictionary(system => system.ToString().ToLowerInvariant(), system => Searcher(reader, system));
        foreach (var entry in JudgingPool.Build(queries, systems, depth))
        {
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{entry.Kind}\t{entry.Query}\t{entry.DocumentId}\t{string.Join(',', entry.Systems)}\t{entry.BestRank}").AsMemory(), cancellationToken);
        }
    }
}
