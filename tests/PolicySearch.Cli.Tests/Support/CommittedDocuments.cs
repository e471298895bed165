using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Engine.Maintenance;

namespace PolicySearch.Cli.Tests.Support;

/// <summary>
/// What the kill loops check after every kill: the index passes CheckIndex, every document committed before is still there
/// and unchanged, and every committed document is identical (stored source JSON, by SHA-256) to the one an uninterrupted run stores.
/// </summary>
internal sealed class CommittedDocuments(IReadOnlyDictionary<string, string> reference)
{
    private readonly Dictionary<string, string> _committed = new(StringComparer.Ordinal);
    private readonly IndexMaintenance _maintenance = new(NullLogger.Instance);

    public int Count => _committed.Count;

    /// <summary>Checks the index and remembers what it holds; <paramref name="where"/> (seed, cycle, kill point) starts every failure message.</summary>
    public string Verify(string indexPath, string where)
    {
        var report = _maintenance.Check(indexPath);
        Assert.True(report.Clean, $"{where}: CheckIndex found {report.BrokenSegmentCount} broken segments ({report.Problem})");
        var snapshot = IndexSnapshot.Read(indexPath);
        var lost = _committed.Keys.Where(id => snapshot.GetValueOrDefault(id) != _committed[id]).ToList();
        Assert.True(lost.Count == 0, $"{where}: {lost.Count} committed documents lost or changed, e.g. {lost.FirstOrDefault()}");
        var differing = snapshot.Where(document => reference.GetValueOrDefault(document.Key) != document.Value).Select(document => document.Key).ToList();
        Assert.True(differing.Count == 0, $"{where}: {differing.Count} committed documents differ from what an uninterrupted run stores, e.g. {differing.FirstOrDefault()}");
        foreach (var (id, hash) in snapshot)
        {
            _committed[id] = hash;
        }

        return $"{snapshot.Count} documents committed, generation {report.Generation}";
    }

    /// <summary>The finished index holds exactly what the uninterrupted run holds.</summary>
    public void VerifyComplete(string indexPath, string where)
    {
        Verify(indexPath, where);
        var final = IndexSnapshot.Read(indexPath);
        Assert.True(reference.Count == final.Count, $"{where}: {final.Count} documents at the end, an uninterrupted run has {reference.Count}");
    }
}
