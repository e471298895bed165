namespace PolicySearch.Api.Export;

/// <summary>The <c>format</c> parameter of a search: json (default) or csv.</summary>
internal enum ExportFormat
{
    Json,
    Csv,
}
