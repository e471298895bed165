namespace PolicySearch.Core.Maintenance;

/// <summary>The outcome of dropping broken segments: what was removed and what remains.</summary>
public sealed record IndexFixReport(
    string Path,
    IReadOnlyList<string> DroppedSegments,
    int DocumentsLost,
    int DocumentsRemaining,
    long Generation);
