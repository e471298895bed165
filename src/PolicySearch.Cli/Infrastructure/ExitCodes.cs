using PolicySearch.Core.Errors;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>Exit codes of `policysearch`, one table for every error code.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int BadInput = 3;
    public const int IndexUnavailable = 4;
    public const int Interrupted = 130;

    public static int For(string errorCode) => errorCode switch
    {
        ErrorCodes.QueryEmpty or ErrorCodes.QueryNoContent or ErrorCodes.QuerySyntax or ErrorCodes.QueryTooLong or ErrorCodes.QueryFieldUnknown or ErrorCodes.PagingOutOfRange => BadInput,
        ErrorCodes.FilterInvalid or ErrorCodes.FilterDateRange or ErrorCodes.SortInvalid => BadInput,
        ErrorCodes.DocumentNotFound or ErrorCodes.DocumentInvalid or ErrorCodes.ImportFileNotFound => BadInput,
        Crawler.CrawlerErrorCodes.SiteInvalid or Crawler.CrawlerErrorCodes.SiteNotFound => BadInput,
        ErrorCodes.JudgmentsNotFound or ErrorCodes.JudgmentsInvalid => BadInput,
        ErrorCodes.BackupInvalid or ErrorCodes.BackupTargetNotEmpty => BadInput,
        ErrorCodes.IndexDiskFull => IndexUnavailable,
        ErrorCodes.IndexNotFound or ErrorCodes.IndexLocked or ErrorCodes.IndexCorrupt or ErrorCodes.IndexSchemaMismatch => IndexUnavailable,
        _ => Failure,
    };
}
