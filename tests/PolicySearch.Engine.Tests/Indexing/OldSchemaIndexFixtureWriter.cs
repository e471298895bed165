using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicySearch.Engine.Schema;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Indexing;

/// <summary>
/// Writes tests/TestData/indexes/schema-vN once (run by hand, see tests/TestData/README.md; skipped otherwise): a
/// two-document index built by today's writer whose commit user data then says an older schema version.
/// </summary>
public sealed class OldSchemaIndexFixtureWriter
{
    public const string TargetVariable = "POLICYSEARCH_WRITE_INDEX_FIXTURES";

    [SkippableFact]
    public void Writes_one_small_index_per_past_schema_version()
    {
        var target = Environment.GetEnvironmentVariable(TargetVariable);
        Skip.If(string.IsNullOrEmpty(target), $"Set {TargetVariable} to tests/TestData/indexes to rewrite the fixtures.");

        for (var version = 1; version < IndexSchema.Version; version++)
        {
            var folder = Path.Combine(target!, $"schema-v{version}");
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            using var index = new TestIndex(
                Document("old-1", "关于推进湿地保护修复的通知", "各地要推进湿地保护修复。"),
                Document("old-2", "关于加强候鸟栖息地管护的意见", "加强候鸟迁飞通道管护。"));
            StampVersion(index.IndexPath, version);
            System.IO.Directory.CreateDirectory(folder);
            foreach (var file in System.IO.Directory.GetFiles(index.IndexPath).Where(file => !file.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }
    }

    private static void StampVersion(string path, int version)
    {
        using var lucene = FSDirectory.Open(path);
        using var writer = new IndexWriter(lucene, new IndexWriterConfig(LuceneVersion.LUCENE_48, null));
        var data = new Dictionary<string, string>(writer.CommitData)
        {
            [IndexSchema.VersionKey] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        writer.SetCommitData(data);
        writer.Commit();
    }
}
