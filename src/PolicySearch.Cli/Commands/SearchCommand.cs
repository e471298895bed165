using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Indexing;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch search QUERY`: ranked results with snippets, or the API's JSON.</summary>
public sealed class SearchCommand : Command<SearchSettings>
{
    public override int Execute(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var reader = environment.Get<IndexReaderProvider>().Open();
        var results = reader.Search(settings.ToRequest());
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(results, PolicyJson.Indented));
        }
        else
        {
            SearchResultView.Write(AnsiConsole.Console, results, settings.ShowFacets);
        }

        return ExitCodes.Success;
    }
}
