namespace PolicySearch.Core.Maintenance;

/// <summary>
/// manifest.json of a backup: the commit it copies and every file with its size and SHA-256,
/// so a restore can prove the copy is intact before touching the target.
/// </summary>
public sealed record BackupManifest(
    string SourcePath,
    DateTimeOffset CreatedAtUtc,
    long Generation,
    string CommitFile,
    int DocumentCount,
    int SchemaVersion,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
}
