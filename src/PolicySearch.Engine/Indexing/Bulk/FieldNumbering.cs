using System.Collections.Concurrent;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Field numbers shared by the segment builders of one load, so that every segment it stages numbers
/// a field alike. A merge copies the stored fields of segments numbered as the merged one is in
/// compressed chunks; a segment numbered otherwise has every document decompressed and written again.
/// Thread-safe: the builders of a load run side by side.
/// </summary>
internal sealed class FieldNumbering
{
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private int _last = -1;

    public int NumberOf(string field) =>
        _numbers.TryGetValue(field, out var number) ? number : _numbers.GetOrAdd(field, _ => Interlocked.Increment(ref _last));
}
