using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Indexing;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch suggest PREFIX`: the completions the search box would offer, or the API's JSON.</summary>
public sealed class SuggestCommand : Command<SuggestSettings>
{
    public override int Execute(CommandContext context, SuggestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var reader = environment.Get<IndexReaderProvider>().Open();
        var suggestions = reader.Suggest(settings.Prefix, settings.Size);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(suggestions, PolicyJson.Indented));
        }
        else
        {
            SuggestionView.Write(AnsiConsole.Console, suggestions);
        }

        return ExitCodes.Success;
    }
}
