using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class ExtractSettings : IndexCommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Attachment files (.pdf .doc .wps .docx .xls .xlsx .et .rtf .txt .ofd .zip .rar .jpg .png …).")]
    public string[] Files { get; init; } = [];

    [CommandOption("--repeat <N>")]
    [Description("Read each file N times after one warm-up read and print a timing table instead of the text. Default 1.")]
    [DefaultValue(1)]
    public int Repeat { get; init; } = 1;

    public override ValidationResult Validate()
    {
        var missing = Files.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            return ValidationResult.Error($"The file '{missing}' does not exist.");
        }

        return Repeat is < 1 or > 1000 ? ValidationResult.Error($"--repeat must be between 1 and 1000; it was {Repeat}.") : base.Validate();
    }
}
