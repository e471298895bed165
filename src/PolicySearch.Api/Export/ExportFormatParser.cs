using PolicySearch.Api.Errors;
using PolicySearch.Api.Requests;

namespace PolicySearch.Api.Export;

internal static class ExportFormatParser
{
    public static (ExportFormat Format, ParameterFault? Fault) Parse(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "json" => (ExportFormat.Json, null),
        "csv" => (ExportFormat.Csv, null),
        "atom" => (ExportFormat.Atom, null),
        _ => (ExportFormat.Json, new ParameterFault(ApiErrorCodes.InvalidRequest, "format", $"format must be json, csv or atom; it was '{ApiProblems.Abbreviate(text, 20)}'.")),
    };
}
