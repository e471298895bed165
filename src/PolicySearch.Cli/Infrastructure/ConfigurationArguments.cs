using System.Text.RegularExpressions;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>
/// The <c>--Section:Key=value</c> arguments of a command line. They are taken out before the command's own
/// options are parsed (which refuse anything unknown) and handed to configuration, so every command reads
/// them as <c>serve</c> does. The rest of the line is parsed as before.
/// </summary>
internal static partial class ConfigurationArguments
{
    private static readonly AsyncLocal<IReadOnlyList<string>> Taken = new();

    /// <summary>The settings taken from the command line being run.</summary>
    public static IReadOnlyList<string> Current => Taken.Value ?? [];

    /// <summary>Keeps the settings for <see cref="Current"/> and returns the other arguments, in order.</summary>
    public static string[] Take(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (settings, others) = Split(arguments);
        Taken.Value = settings;
        return others;
    }

    public static (string[] Settings, string[] Others) Split(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var settings = new List<string>();
        var rest = new List<string>();
        var optionsEnded = false;
        foreach (var argument in arguments)
        {
            optionsEnded |= argument == "--";
            (!optionsEnded && Setting().IsMatch(argument) ? settings : rest).Add(argument);
        }

        return ([.. settings], [.. rest]);
    }

    /// <summary>
    /// A hint for a setting written without its value (<c>--RateLimit:Enabled false</c>), which the
    /// option parser would only call an unknown option 'RateLimit'.
    /// </summary>
    public static string? HintFor(IEnumerable<string> arguments) =>
        arguments.FirstOrDefault(SettingWithoutValue().IsMatch) is { } argument
            ? $"Settings are written --Section:Key=value, e.g. '{argument}=…'."
            : null;

    // Identifier-like segments keep Spectre's own '--option:value' form (--index:/data/index) apart.
    [GeneratedRegex(@"^--[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_]+)+=", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^--[A-Z][A-Za-z0-9_]*(:[A-Za-z0-9_]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SettingWithoutValue();
}
