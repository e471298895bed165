namespace PolicySearch.Core.Errors;

/// <summary>Stable codes for user faults. Hosts map them to HTTP statuses and exit codes.</summary>
public static class ErrorCodes
{
    public const string QueryEmpty = "query.empty";
    public const string QuerySyntax = "query.syntax";
    public const string QueryNoContent = "query.no_content";
    public const string QueryTooLong = "query.too_long";
    public const string QueryFieldUnknown = "query.field_unknown";
    public const string PagingOutOfRange = "paging.out_of_range";
    public const string FilterInvalid = "filter.invalid";
    public const string FilterDateRange = "filter.date_range";
    public const string SortInvalid = "sort.invalid";
    public const string DocumentNotFound = "document.not_found";
    public const string DocumentInvalid = "document.invalid";
    public const string ImportFileNotFound = "import.file_not_found";
    public const string IndexSchemaMismatch = "index.schema_mismatch";
    public const string IndexLocked = "index.locked";
    public const string IndexCorrupt = "index.corrupt";
    public const string IndexNotFound = "index.not_found";
    public const string IndexDiskFull = "index.disk_full";
    public const string BackupInvalid = "backup.invalid";
    public const string BackupTargetNotEmpty = "backup.target_not_empty";
    public const string JudgmentsNotFound = "judgments.not_found";
    public const string JudgmentsInvalid = "judgments.invalid";
}
