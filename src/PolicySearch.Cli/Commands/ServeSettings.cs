using System.ComponentModel;
using PolicySearch.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class ServeSettings : IndexCommandSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, separated by ';' (default " + PolicySearchWebApp.DefaultUrl + ").")]
    public string? Urls { get; init; }

    public override ValidationResult Validate()
    {
        if (Urls is null)
        {
            return ValidationResult.Success();
        }

        var bad = Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(url => !Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"));
        return bad is null ? ValidationResult.Success() : ValidationResult.Error($"--urls: '{bad}' is not an http:// or https:// address.");
    }
}
