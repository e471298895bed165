using System.Globalization;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Engine.Maintenance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch backup DIR`: a consistent copy of the newest commit, safe while serve, import or crawl run.</summary>
public sealed class BackupCommand : AsyncCommand<BackupSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BackupSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        var backup = environment.Get<IndexBackup>();
        var manifest = await backup.BackupAsync(environment.IndexOptions.Path, settings.Target, cancellationToken);
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Backed up {environment.IndexOptions.Path} (commit {manifest.CommitFile}, {manifest.DocumentCount:N0} documents, {manifest.Files.Count} files, {manifest.Files.Sum(file => file.SizeBytes) / 1_048_576.0:F1} MB) to {settings.Target}; CheckIndex clean."));
        return ExitCodes.Success;
    }
}
