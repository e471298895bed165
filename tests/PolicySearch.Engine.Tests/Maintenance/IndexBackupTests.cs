using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Maintenance;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Maintenance;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Maintenance;

public sealed class IndexBackupTests
{
    private readonly IndexBackup _backup = new(NullLogger.Instance);

    [Fact]
    public async Task A_backup_writes_a_manifest_of_the_commit_and_restores_to_the_same_answers()
    {
        using var index = IndexMaintenanceTests.TwoSegments();
        using var work = new TemporaryDirectory();
        var backupPath = Path.Combine(work.Path, "backup");
        var restoredPath = Path.Combine(work.Path, "restored");

        var manifest = await _backup.BackupAsync(index.Options.Path, backupPath);
        await _backup.RestoreAsync(backupPath, restoredPath, force: false);

        var written = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(Path.Combine(backupPath, BackupManifest.FileName)), PolicyJson.Options)!;
        Assert.Equal(3, written.DocumentCount);
        Assert.Equal(Schema.IndexSchema.Version, written.SchemaVersion);
        Assert.Equal(index.Reader.GetStatistics().Generation, written.Generation);
        Assert.Contains(written.Files, file => file.Name == manifest.CommitFile && file.Sha256.Length == 64);
        using var restored = PolicyIndexReader.Open(new IndexOptions { Path = restoredPath }, NullLogger.Instance);
        Assert.Equal(Ids(index.Reader, "政府"), Ids(restored, "政府"));
        Assert.NotEmpty(Ids(restored, "政府"));
    }

    [Fact]
    public async Task Restore_refuses_a_target_holding_an_index_unless_forced()
    {
        using var source = IndexMaintenanceTests.TwoSegments();
        using var target = new TestIndex(Document("z", "另一个索引", "正文"));
        using var work = new TemporaryDirectory();
        var backupPath = Path.Combine(work.Path, "backup");
        await _backup.BackupAsync(source.Options.Path, backupPath);

        var error = await Assert.ThrowsAsync<PolicySearchException>(() => _backup.RestoreAsync(backupPath, target.Options.Path, force: false));
        await _backup.RestoreAsync(backupPath, target.Options.Path, force: true);

        Assert.Equal(ErrorCodes.BackupTargetNotEmpty, error.Code);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.NotNull(target.Reader.FindDocument("c"));
        Assert.Null(target.Reader.FindDocument("z"));
    }

    [Fact]
    public async Task Restore_refuses_a_locked_target_and_a_damaged_backup()
    {
        using var source = IndexMaintenanceTests.TwoSegments();
        using var target = new TestIndex();
        using var work = new TemporaryDirectory();
        var backupPath = Path.Combine(work.Path, "backup");
        var manifest = await _backup.BackupAsync(source.Options.Path, backupPath);

        using (PolicyIndexWriter.Open(target.Options, NullLogger.Instance))
        {
            var locked = await Assert.ThrowsAsync<PolicySearchException>(() => _backup.RestoreAsync(backupPath, target.Options.Path, force: true));
            Assert.Equal(ErrorCodes.IndexLocked, locked.Code);
        }

        var damagedFile = Path.Combine(backupPath, manifest.Files[0].Name);
        File.AppendAllText(damagedFile, "x");
        var damaged = await Assert.ThrowsAsync<PolicySearchException>(() => _backup.RestoreAsync(backupPath, target.Options.Path, force: true));
        Assert.Equal(ErrorCodes.BackupInvalid, damaged.Code);
        Assert.Contains(damagedFile, damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_into_a_non_empty_directory_is_refused()
    {
        using var source = IndexMaintenanceTests.TwoSegments();
        using var work = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(work.Path, "keep.txt"), "mine");

        var error = await Assert.ThrowsAsync<PolicySearchException>(() => _backup.BackupAsync(source.Options.Path, work.Path));

        Assert.Equal(ErrorCodes.BackupTargetNotEmpty, error.Code);
    }

    private static List<string> Ids(PolicyIndexReader reader, string query) =>
        reader.Search(new SearchRequest(query)).Hits.Select(hit => hit.Id).ToList();
}
