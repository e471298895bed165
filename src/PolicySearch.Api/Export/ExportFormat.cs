namespace PolicySearch.Api.Export;

/// <summary>The <c>format</c> parameter of a search: json (default), csv or atom.</summary>
internal enum ExportFormat
{
    Json,
    Csv,
    Atom,
}
