using System.Globalization;

namespace PolicySearch.Engine.Schema;

/// <summary>The schema version stored with every commit, and the commit data that carries it.</summary>
public static class IndexSchema
{
    /// <summary>Bump when a change to fields or analysis makes existing indexes unreadable or wrong.</summary>
    public const int Version = 7;

    public const string VersionKey = "schemaVersion";
    public const string CommittedAtKey = "committedAtUtc";

    public static Dictionary<string, string> CommitData(DateTimeOffset now) => new()
    {
        [VersionKey] = Version.ToString(CultureInfo.InvariantCulture),
        [CommittedAtKey] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
    };

    public static int? ReadVersion(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(VersionKey, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    public static DateTimeOffset? ReadCommittedAt(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(CommittedAtKey, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
