using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing.Merging;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Indexing.Merging;

public class PipelinedMergeTests(PipelinedMergeTests.Sources sources) : IClassFixture<PipelinedMergeTests.Sources>
{
    private const int SegmentCount = 5;

    /// <summary>Batches so small that terms, and runs of one term's documents, are cut across batches all the time.</summary>
    private static readonly PostingsBatchLimits Tiny = new(Entries: 3, TermBytes: 16, Documents: 2, Positions: 5);

    public static TheoryData<string> BatchSizes => ["default", "tiny"];

    [Theory]
    [MemberData(nameof(BatchSizes))]
    public void Merges_the_sample_archive_into_the_same_segment_as_Lucenes_own_merge(string batchSize)
    {
        var differences = MergeBothWaysAndCompare(sources.Plain.Path, Codec(batchSize));

        Assert.Empty(differences);
    }

    [Theory]
    [MemberData(nameof(BatchSizes))]
    public void Leaves_out_deleted_documents_and_terms_only_they_had_as_Lucenes_own_merge_does(string batchSize)
    {
        var differences = MergeBothWaysAndCompare(sources.WithDeletions.Path, Codec(batchSize));

        Assert.Empty(differences);
    }

    [Fact]
    public void The_comparison_notices_a_merge_that_differs()
    {
        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        CopyAndMerge(sources.Plain.Path, expected.Path, Lucene.Net.Codecs.Codec.Default);
        CopyAndMerge(sources.WithDeletions.Path, actual.Path, PolicyCodec.Instance);

        Assert.NotEmpty(Compare(expected.Path, actual.Path));
    }

    [Fact]
    public void A_read_failure_while_decoding_fails_the_merge_and_keeps_the_last_commit()
    {
        using var source = new TemporaryDirectory();
        Copy(sources.Plain.Path, source.Path);
        using var directory = new FaultyDirectory(source.Path);
        using var writer = new IndexWriter(directory, MergeConfig(PolicyCodec.Instance));
        directory.FailReadsOf = name => name.EndsWith(".pos", StringComparison.Ordinal);

        var failure = MergeThatMustFail(writer);

        Assert.Contains("Injected read failure", Messages(failure), StringComparison.Ordinal);
        AssertLastCommitIntact(source.Path);
    }

    [Fact]
    public void A_write_failure_while_encoding_fails_the_merge_and_keeps_the_last_commit()
    {
        using var source = new TemporaryDirectory();
        Copy(sources.Plain.Path, source.Path);
        using var directory = new FaultyDirectory(source.Path)
        {
            FailWritesOf = name => name.EndsWith(".pos", StringComparison.Ordinal),
            FailWritesAfterBytes = 20_000,
        };
        using var writer = new IndexWriter(directory, MergeConfig(PolicyCodec.Instance));

        var failure = MergeThatMustFail(writer);

        Assert.Contains("Injected write failure", Messages(failure), StringComparison.Ordinal);
        AssertLastCommitIntact(source.Path);
    }

    private static PolicyDocument OnlyDocumentWithItsTerms => new()
    {
        Id = "deleted-rare",
        Title = "𠀀𠀁䶵㐀试行办法",
        Body = "䶵㐀𠀂𠀃之规定，另见 zyxwv 9876543210。",
    };

    private static PolicyCodec Codec(string batchSize) => batchSize == "tiny" ? new PolicyCodec(Tiny) : PolicyCodec.Instance;

    /// <summary>Merges copies of the source with Lucene's own codec and with <paramref name="codec"/>, and lists how they differ.</summary>
    private static List<string> MergeBothWaysAndCompare(string sourcePath, Codec codec)
    {
        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        CopyAndMerge(sourcePath, expected.Path, Lucene.Net.Codecs.Codec.Default);
        CopyAndMerge(sourcePath, actual.Path, codec);
        return Compare(expected.Path, actual.Path);
    }

    /// <summary>Every difference in content, and every file but the segment's info (it has a timestamp) not byte for byte the same.</summary>
    private static List<string> Compare(string expectedPath, string actualPath)
    {
        using var expectedDirectory = FSDirectory.Open(expectedPath);
        using var actualDirectory = FSDirectory.Open(actualPath);
        using var expected = DirectoryReader.Open(expectedDirectory);
        using var actual = DirectoryReader.Open(actualDirectory);
        var differences = SegmentComparison.Differences(expected.Leaves.Single().AtomicReader, actual.Leaves.Single().AtomicReader);
        foreach (var file in SegmentFiles(expectedPath).Union(SegmentFiles(actualPath)))
        {
            var left = Path.Combine(expectedPath, file);
            var right = Path.Combine(actualPath, file);
            if (!File.Exists(left) || !File.Exists(right) || !File.ReadAllBytes(left).AsSpan().SequenceEqual(File.ReadAllBytes(right)))
            {
                differences.Add($"file {file} differs");
            }
        }

        return differences;
    }

    private static IEnumerable<string> SegmentFiles(string path) =>
        System.IO.Directory.GetFiles(path)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith("segments", StringComparison.Ordinal) && !name.EndsWith(".si", StringComparison.Ordinal) && name != "write.lock");

    private static void Copy(string sourcePath, string targetPath)
    {
        foreach (var file in System.IO.Directory.GetFiles(sourcePath))
        {
            File.Copy(file, Path.Combine(targetPath, Path.GetFileName(file)));
        }
    }

    private static void CopyAndMerge(string sourcePath, string targetPath, Codec codec)
    {
        Copy(sourcePath, targetPath);
        using var directory = FSDirectory.Open(targetPath);
        using var writer = new IndexWriter(directory, MergeConfig(codec));
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static IndexWriterConfig MergeConfig(Codec codec) => new(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index)
    {
        Codec = codec,
        Similarity = PolicySimilarity.Instance,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        MergeScheduler = new SerialMergeScheduler(),
        UseCompoundFile = false,
    };

    /// <summary>The documents in <see cref="SegmentCount"/> segments, every <paramref name="deleteEvery"/>th one deleted.</summary>
    private static void WriteSegments(string path, IEnumerable<PolicyDocument> documents, int deleteEvery, string? alsoDelete = null)
    {
        var all = documents.ToList();
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index)
        {
            Similarity = PolicySimilarity.Instance,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        var perSegment = (all.Count + SegmentCount - 1) / SegmentCount;
        foreach (var chunk in all.Chunk(perSegment))
        {
            foreach (var document in chunk)
            {
                writer.AddDocument(DocumentMapper.ToLucene(document));
            }

            writer.Commit();
        }

        var deleted = all.Where((_, index) => deleteEvery > 0 && index % deleteEvery == 3).Select(document => document.Id);
        foreach (var id in deleted.Concat(alsoDelete is null ? [] : [alsoDelete]))
        {
            writer.DeleteDocuments(new Term(IndexFields.Id, id));
        }

        writer.Commit();
    }

    /// <summary>Runs the merge, which must throw, on a thread of its own, so a merge that hangs fails the test instead.</summary>
    private static Exception MergeThatMustFail(IndexWriter writer)
    {
        var merge = Task.Run(() => writer.ForceMerge(1));
        Assert.True(((IAsyncResult)merge).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60)), "The failed merge did not return.");
        var failure = Assert.ThrowsAny<Exception>(() => merge.GetAwaiter().GetResult());
        writer.Rollback();
        return failure;
    }

    private static string Messages(Exception failure)
    {
        var messages = new List<string>();
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }

    private static void AssertLastCommitIntact(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(SegmentCount, reader.Leaves.Count);
        Assert.Equal(SampleDocuments().Count(), reader.NumDocs);
        var check = new CheckIndex(directory).DoCheckIndex();
        Assert.True(check.Clean);
    }

    private static IEnumerable<PolicyDocument> SampleDocuments() => SampleIndexFixture.ArchiveDocuments();

    /// <summary>The sample archive in segments, written once for the class: as it is, and with deletions.</summary>
    public sealed class Sources : IDisposable
    {
        public Sources()
        {
            WriteSegments(Plain.Path, SampleDocuments(), deleteEvery: 0);
            var documents = SampleDocuments().Append(OnlyDocumentWithItsTerms).ToList();
            WriteSegments(WithDeletions.Path, documents, deleteEvery: 7, alsoDelete: OnlyDocumentWithItsTerms.Id);
        }

        internal TemporaryDirectory Plain { get; } = new();

        internal TemporaryDirectory WithDeletions { get; } = new();

        public void Dispose()
        {
            Plain.Dispose();
            WithDeletions.Dispose();
        }
    }
}
