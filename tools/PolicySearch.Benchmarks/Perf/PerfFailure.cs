namespace PolicySearch.Benchmarks.Perf;

/// <summary>A benchmark step that could not run (a child process failed, a server never answered); the message says which and why.</summary>
internal sealed class PerfFailure : Exception
{
    public PerfFailure()
    {
    }

    public PerfFailure(string message)
        : base(message)
    {
    }

    public PerfFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
