using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Maintenance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>
/// `policysearch check [--fix]`: CheckIndex over the newest commit. Exit 0 when clean, 4 when
/// damaged; with --fix (and the write lock free) broken segments are dropped after confirmation.
/// </summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        var path = environment.IndexOptions.Path;
        var maintenance = new IndexMaintenance(environment.Loggers.CreateLogger<IndexMaintenance>());
        var report = maintenance.Check(path);
        if (settings.Json && !settings.Fix)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, PolicyJson.Indented));
            return report.Clean ? ExitCodes.Success : ExitCodes.IndexUnavailable;
        }

        CheckReportView.Write(AnsiConsole.Console, report);
        if (report.Clean || !settings.Fix)
        {
            return report.Clean ? ExitCodes.Success : ExitCodes.IndexUnavailable;
        }

        if (!report.Fixable)
        {
            CliErrors.WriteError($"'{path}' cannot be repaired by dropping segments: {report.Problem}. Restore a backup ('policysearch restore BACKUP_DIR --index {path} --force') or rebuild it. [index.corrupt]");
            return ExitCodes.IndexUnavailable;
        }

        if (!settings.Yes && !Confirm(report.DocumentsLostByFix, path))
        {
            CliErrors.WriteError($"Nothing changed in '{path}'. Add --yes to fix without asking.");
            return ExitCodes.Usage;
        }

        var fixedReport = maintenance.Fix(path);
        CheckReportView.WriteFix(AnsiConsole.Console, fixedReport);
        return ExitCodes.Success;
    }

    private static bool Confirm(int documentsLost, string path)
    {
        if (Console.IsInputRedirected)
        {
            return false;
        }

        return AnsiConsole.Confirm($"Drop the broken segments of {Markup.Escape(path)}, losing {documentsLost} documents?", defaultValue: false);
    }
}
