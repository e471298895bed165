namespace PolicySearch.Core.Maintenance;

/// <summary>One segment of a commit: its name, live documents and, when broken, why.</summary>
public sealed record SegmentCheck(string Name, int DocumentCount, long SizeBytes, string? Error)
{
    public bool Broken => Error is not null;
}
