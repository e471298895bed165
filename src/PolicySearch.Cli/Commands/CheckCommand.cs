using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Maintenance;
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
        var maintenance = environment.Get<IndexMaintenance>();
        var report = maintenance.Check(path);
        if (!settings.Json)
        {
            CheckReportView.Write(AnsiConsole.Console, report);
        }

        if (report.Clean || !settings.Fix)
        {
            return Finish(settings, report.Clean ? "clean" : "damaged", report, null, report.Clean ? ExitCodes.Success : ExitCodes.IndexUnavailable);
        }

        if (!report.Fixable)
        {
            CliErrors.WriteError($"'{path}' cannot be repaired by dropping segments: {report.Problem}. Restore a backup ('policysearch restore BACKUP_DIR --index {path} --force') or rebuild it. [index.corrupt]");
            return Finish(settings, "unfixable", report, null, ExitCodes.IndexUnavailable);
        }

        // JSON output is for scripts: never prompt there, --yes is the confirmation.
        if (!settings.Yes && (settings.Json || !Confirm(report.DocumentsLostByFix, path)))
        {
            CliErrors.WriteError($"Nothing changed in '{path}'. Add --yes to fix without asking.");
            return Finish(settings, "not_confirmed", report, null, ExitCodes.Usage);
        }

        var fixedReport = maintenance.Fix(path);
        if (!settings.Json)
        {
            CheckReportView.WriteFix(AnsiConsole.Console, fixedReport);
        }

        return Finish(settings, "fixed", report, fixedReport, ExitCodes.Success);
    }

    private static int Finish(CheckSettings settings, string outcome, IndexCheckReport report, IndexFixReport? fix, int exitCode)
    {
        if (settings.Json)
        {
            var recovery = report.Clean ? null : CheckResult.RecoveryAdvice;
            Console.WriteLine(JsonSerializer.Serialize(new CheckResult(outcome, report, fix, recovery), PolicyJson.Indented));
        }

        return exitCode;
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
