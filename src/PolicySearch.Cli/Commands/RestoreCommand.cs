using System.Globalization;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Engine.Maintenance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch restore BACKUP_DIR --index DIR`: checks the backup against its manifest, then replaces the index.</summary>
public sealed class RestoreCommand : AsyncCommand<RestoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RestoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        var backup = environment.Get<IndexBackup>();
        var manifest = await backup.RestoreAsync(settings.Backup, environment.IndexOptions.Path, settings.Force, cancellationToken);
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Restored {settings.Backup} (commit {manifest.CommitFile}, {manifest.DocumentCount:N0} documents) into {environment.IndexOptions.Path}; CheckIndex clean. Restart 'serve' on this index to pick it up."));
        return ExitCodes.Success;
    }
}
