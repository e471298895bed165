using PolicySearch.Core.Import;

namespace PolicySearch.Cli.Output;

/// <summary>Prints rejected lines as `file:line: reason`, the first few in full, then only a count.</summary>
internal sealed class RejectedLineReport(TextWriter output)
{
    private const int PrintedLimit = 20;
    private int _count;

    public void Write(ImportLine line)
    {
        var count = Interlocked.Increment(ref _count);
        if (count <= PrintedLimit)
        {
            output.WriteLine($"{line.File}:{line.LineNumber}: {line.Error}");
        }
    }

    public void WriteOmitted()
    {
        if (_count > PrintedLimit)
        {
            output.WriteLine($"… and {_count - PrintedLimit} more rejected lines (all are in the log).");
        }
    }
}
