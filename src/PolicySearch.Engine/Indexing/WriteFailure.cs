using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Indexing;

/// <summary>
/// Remembers the first fatal write error of a writer. A full disk becomes <see cref="ErrorCodes.IndexDiskFull"/>;
/// Lucene then closes the writer (a "tragic" event), so later calls on other threads, which fail with
/// an already-closed error, report that same cause instead.
/// </summary>
internal sealed class WriteFailure
{
    private const int NoSpaceErrno = 28; // ENOSPC: .NET on Unix keeps the errno as HResult
    private const int DiskFullHResult = unchecked((int)0x80070070); // ERROR_DISK_FULL on Windows
    private readonly string _path;
    private PolicySearchException? _fault;

    public WriteFailure(string path)
    {
        _path = path;
    }

    public bool HasFailed => Volatile.Read(ref _fault) is not null;

    /// <summary>The typed error for <paramref name="exception"/>, or null to let it through unchanged.</summary>
    public PolicySearchException? Translate(Exception exception)
    {
        if (IsDiskFull(exception))
        {
            Interlocked.CompareExchange(ref _fault, DiskFull(exception), null);
        }
        else if (exception is not ObjectDisposedException)
        {
            return null;
        }

        var fault = Volatile.Read(ref _fault);
        return fault is null ? null : new PolicySearchException(fault.Code, fault.Message, exception) { Target = _path };
    }

    public static bool IsDiskFull(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException io && (io.HResult is NoSpaceErrno or DiskFullHResult
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private PolicySearchException DiskFull(Exception cause) => new(
        ErrorCodes.IndexDiskFull,
        $"No space left on device while writing the index at '{_path}'. Nothing after the last commit was kept; "
        + "the last commit is intact and still served. Free space (or choose another --index) and run the import or crawl again: it resumes by id.",
        cause)
    {
        Target = _path,
    };
}
