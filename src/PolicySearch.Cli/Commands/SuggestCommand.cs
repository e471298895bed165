using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Searching;
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
        using var reader = PolicyIndexReader.Open(environment.IndexOptions, environment.Loggers.CreateLogger<PolicyIndexReader>());
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
