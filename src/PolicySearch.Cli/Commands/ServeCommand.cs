using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PolicySearch.Api;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing;
using PolicySearch.Hosting.Bootstrap;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch serve`: builds an empty index from the sample archive (first run), then serves the page and API.</summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public const string DefaultUrls = "http://localhost:5000";

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AnalysisWarmUp.StartInBackground();
        string indexPath;
        using (var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false))
        {
            indexPath = environment.IndexOptions.Path;
            if (IndexDirectoryState.IsEmpty(indexPath))
            {
                var files = SampleArchive.FindFiles(environment.SampleOptions.Path);
                AnsiConsole.MarkupLine($"[bold]First run:[/] building the index at {Markup.Escape(Path.GetFullPath(indexPath))} from {files.Count} sample archive file(s)…");
                var summary = await ImportCommand.ImportAsync(environment, environment.IndexOptions, environment.ImportOptions, files, showProgress: true, cancellationToken);
                ImportReport.WriteSummary(AnsiConsole.Console, summary, indexPath);
                if (summary.Cancelled)
                {
                    return ExitCodes.Interrupted;
                }
            }
        }

        var app = PolicySearchWebApp.Build([.. ConfigurationArguments.Current], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = indexPath });
            builder.WebHost.UseUrls(settings.Urls ?? builder.Configuration["urls"] ?? DefaultUrls);
        });
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
