using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class CrawlSettings : IndexCommandSettings
{
    [CommandArgument(0, "[SITE]")]
    [Description("Site file (crawler-config/NAME.json).")]
    public string? Site { get; init; }

    [CommandOption("--all")]
    [Description("Crawl every site file in the configured folder (Crawler:ConfigDirectory, default crawler-config).")]
    public bool All { get; init; }

    [CommandOption("--max-pages <N>")]
    [Description("Fetch at most N pages in this run (default: the site file's maxPages). An unfinished run resumes next time.")]
    public int? MaxPages { get; init; }

    [CommandOption("--full")]
    [Description("Revisit every known document page now, whatever the site's recrawlInterval says (conditional GET: unchanged pages answer 304).")]
    public bool Full { get; init; }

    public override ValidationResult Validate()
    {
        if (All == (Site is not null))
        {
            return ValidationResult.Error("Give either a site file or --all.");
        }

        return MaxPages is < 1 ? ValidationResult.Error($"--max-pages must be at least 1; it was {MaxPages}.") : ValidationResult.Success();
    }
}
