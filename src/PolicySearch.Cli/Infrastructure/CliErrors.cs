using Microsoft.Extensions.Options;
using PolicySearch.Core.Errors;
using Serilog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>Prints an error as one clear line on stderr and picks the exit code.</summary>
internal static class CliErrors
{
    /// <param name="usageHint">Added to a usage error, e.g. how settings are written.</param>
    public static int Report(Exception exception, IAnsiConsole console, string? usageHint = null)
    {
        switch (exception)
        {
            case PolicySearchException fault:
                WriteError($"{fault.Message} [{fault.Code}]");
                return ExitCodes.For(fault.Code);
            case OptionsValidationException invalid:
                WriteError($"Invalid configuration: {string.Join(" ", invalid.Failures)}");
                return ExitCodes.BadInput;
            case CommandParseException or CommandRuntimeException:
                WriteError(usageHint is null ? $"{exception.Message} (see 'policysearch --help')" : $"{exception.Message} {usageHint}");
                return ExitCodes.Usage;
            case OperationCanceledException:
                WriteError("Interrupted.");
                return ExitCodes.Interrupted;
            default:
                Log.Fatal(exception, "Unexpected failure");
                WriteError($"Unexpected failure: {exception.Message}. Details are in the log.");
                return ExitCodes.Failure;
        }
    }

    public static void WriteError(string message) => Console.Error.WriteLine($"policysearch: {message}");
}
