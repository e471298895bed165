using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PolicySearch.Api;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Engine.Analysis;
using PolicySearch.Hosting.Bootstrap;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch serve`: builds an empty index from the sample archive (first run, with a progress bar), then serves the page and API.</summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AnalysisWarmUp.StartInBackground();
        string indexPath;
        using (var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false))
        {
            indexPath = environment.IndexOptions.Path;
            var samples = environment.Get<SampleIndexBuilder>();
            if (samples.IsNeeded())
            {
                var files = samples.SampleFiles();
                AnsiConsole.MarkupLine($"[bold]First run:[/] building the index at {Markup.Escape(Path.GetFullPath(indexPath))} from {files.Count} sample archive file(s)…");
                var summary = await ImportCommand.ShowAsync(
                    (progress, rejected) => samples.BuildAsync(files, progress, rejected, cancellationToken),
                    showProgress: true);
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
            if (settings.Urls is { } urls)
            {
                builder.WebHost.UseUrls(urls);
            }
        });
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
