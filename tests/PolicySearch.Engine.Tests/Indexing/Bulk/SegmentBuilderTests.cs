using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing.Bulk;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Indexing.Bulk;

public class SegmentBuilderTests
{
    [Theory]
    [InlineData(GroupingScratch.DefaultMaxTokens)]
    [InlineData(5_000)] // every field grouped in many passes
    public void Builds_the_segment_IndexWriter_builds_from_every_document_of_the_sample_archive(int maxGroupedTokens)
    {
        var documents = SampleDocuments().Concat(EdgeDocuments()).ToList();

        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        var differences = Compare(expected.Path, actual.Path, documents, documents, maxGroupedTokens);

        Assert.True(documents.Count > 590);
        Assert.Empty(differences);
    }

    [Fact]
    public void The_comparison_notices_one_changed_character_in_one_body()
    {
        var documents = SampleDocuments().Take(50).ToList();
        var changed = documents.ToList();
        changed[20] = changed[20] with { Body = changed[20].Body.Replace('的', '地') };

        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        var differences = Compare(expected.Path, actual.Path, documents, changed);

        Assert.Contains(differences, difference => difference.StartsWith("body:", StringComparison.Ordinal));
        Assert.Contains(differences, difference => difference.StartsWith("body_cjk:", StringComparison.Ordinal));
        Assert.Contains(differences, difference => difference.StartsWith("_body:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_that_fails_half_way_leaves_no_trace_in_the_segment()
    {
        var documents = SampleDocuments().Take(30).ToList();
        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        WriteWithIndexWriter(expected.Path, documents);

        using var directory = FSDirectory.Open(actual.Path);
        using var builder = StartedBuilder(directory);
        foreach (var (document, index) in documents.Select((document, index) => (document, index)))
        {
            if (index == 10)
            {
                var failing = DocumentMapper.ToLucene(document);
                failing.Add(new NumericDocValuesField(IndexFields.PublishedDate, 1)); // a second value: refused
                Assert.ThrowsAny<Exception>(() => builder.Add(failing));
            }

            builder.Add(DocumentMapper.ToLucene(document));
        }

        Assert.Empty(FlushAndCompare(builder, expected.Path));
    }

    [Fact]
    public void A_builder_flushed_once_builds_the_next_segment_in_the_same_arrays_as_a_new_one_would()
    {
        var first = SampleDocuments().Take(300).Concat(EdgeDocuments()).ToList();
        var second = EdgeDocuments().Where(document => document.Id != "edge-rare").Concat(SampleDocuments().Skip(300).Take(20)).ToList();
        using var expected = new TemporaryDirectory();
        using var actual = new TemporaryDirectory();
        WriteWithIndexWriter(expected.Path, second);

        using var directory = FSDirectory.Open(actual.Path);
        using var builder = StartedBuilder(directory);
        first.ForEach(document => builder.Add(DocumentMapper.ToLucene(document)));
        builder.Flush();
        builder.Start(directory, "_1");
        second.ForEach(document => builder.Add(DocumentMapper.ToLucene(document)));

        Assert.Empty(FlushAndCompare(builder, expected.Path));
    }

    [Fact]
    public void Positions_far_apart_are_kept_exactly_and_a_dropped_document_takes_its_own_with_it()
    {
        Lucene.Net.Documents.Document Stepped(params (string Term, int Increment)[] tokens) =>
            [new TextField("stepped", new SteppedTokenStream(tokens)), new StringField(IndexFields.Id, "x", Field.Store.NO)];
        var documents = new[]
        {
            Stepped(("甲", 1), ("乙", 300), ("甲", 1), ("丙", 70_000), ("乙", 254), ("乙", 255)),
            Stepped(("乙", 1), ("甲", 0), ("丙", 1000)),
        };
        using var expected = new TemporaryDirectory();
        using (var referenceDirectory = FSDirectory.Open(expected.Path))
        using (var reference = new IndexWriter(referenceDirectory, new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index) { Similarity = PolicySimilarity.Instance }))
        {
            reference.AddDocuments(documents.Select(document => (IEnumerable<IIndexableField>)document).ToList());
        }

        using var actual = new TemporaryDirectory();
        using var directory = FSDirectory.Open(actual.Path);
        using var builder = StartedBuilder(directory);
        builder.Add(documents[0]);
        var failing = Stepped(("丁", 500), ("丁", 900));
        failing.Add(new NumericDocValuesField(IndexFields.PublishedDate, 1));
        failing.Add(new NumericDocValuesField(IndexFields.PublishedDate, 2));
        Assert.ThrowsAny<Exception>(() => builder.Add(failing));
        builder.Add(documents[1]);

        Assert.Empty(FlushAndCompare(builder, expected.Path));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Builders_sharing_a_numbering_number_each_field_alike_whichever_document_they_saw_first(bool shared)
    {
        var bare = new PolicyDocument { Id = "bare", Title = "通知", Body = "正文。" };
        var full = SampleDocuments().First(document => document.DocumentNumber is not null && document.Issuer is not null);
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        var numbering = shared ? new FieldNumbering() : null;

        var firstNumbers = FieldNumbers(first.Path, numbering, bare, full);
        var secondNumbers = FieldNumbers(second.Path, numbering, full, bare);

        var differing = firstNumbers.Where(pair => secondNumbers[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        Assert.Equal(shared, differing.Count == 0);
    }

    private static Dictionary<string, int> FieldNumbers(string path, FieldNumbering? numbering, params PolicyDocument[] documents)
    {
        using var directory = FSDirectory.Open(path);
        using var builder = new SegmentBuilder(PolicyAnalyzers.Index, PolicySimilarity.Instance, numbering);
        builder.Start(directory, "_0");
        foreach (var document in documents)
        {
            builder.Add(DocumentMapper.ToLucene(document));
        }

        using var reader = new SegmentReader(builder.Flush(), DirectoryReader.DEFAULT_TERMS_INDEX_DIVISOR, IOContext.READ);
        return reader.FieldInfos.ToDictionary(info => info.Name, info => info.Number);
    }

    private static List<string> Compare(
        string expectedPath,
        string actualPath,
        IReadOnlyList<PolicyDocument> expected,
        IReadOnlyList<PolicyDocument> actual,
        int maxGroupedTokens = GroupingScratch.DefaultMaxTokens)
    {
        WriteWithIndexWriter(expectedPath, expected);
        using var directory = FSDirectory.Open(actualPath);
        using var builder = StartedBuilder(directory, maxGroupedTokens);
        foreach (var document in actual)
        {
            builder.Add(DocumentMapper.ToLucene(document));
        }

        return FlushAndCompare(builder, expectedPath);
    }

    private static SegmentBuilder StartedBuilder(Lucene.Net.Store.Directory directory, int maxGroupedTokens = GroupingScratch.DefaultMaxTokens)
    {
        var builder = new SegmentBuilder(PolicyAnalyzers.Index, PolicySimilarity.Instance, maxGroupedTokens: maxGroupedTokens);
        builder.Start(directory, "_0");
        return builder;
    }

    /// <summary>Flushes the builder's open segment and lists how it differs from the one-segment index at <paramref name="expectedPath"/>.</summary>
    private static List<string> FlushAndCompare(SegmentBuilder builder, string expectedPath)
    {
        using var reader = new SegmentReader(builder.Flush(), DirectoryReader.DEFAULT_TERMS_INDEX_DIVISOR, IOContext.READ);
        using var expectedDirectory = FSDirectory.Open(expectedPath);
        using var expected = DirectoryReader.Open(expectedDirectory);
        return SegmentComparison.Differences(expected.Leaves.Single().AtomicReader, reader);
    }

    /// <summary>One thread, one flush, no merges: IndexWriter's segment keeps the documents in the order added.</summary>
    private static void WriteWithIndexWriter(string path, IEnumerable<PolicyDocument> documents)
    {
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index)
        {
            Similarity = PolicySimilarity.Instance,
            RAMBufferSizeMB = 512,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var document in documents)
        {
            writer.AddDocument(DocumentMapper.ToLucene(document));
        }

        writer.Commit();
    }

    private static IEnumerable<PolicyDocument> SampleDocuments() => SampleIndexFixture.ArchiveDocuments();

    /// <summary>Empty and missing fields, characters outside the BMP, repeated citations, a title too long for suggestions.</summary>
    private static IEnumerable<PolicyDocument> EdgeDocuments()
    {
        yield return new PolicyDocument { Id = "edge-empty", Title = "", Body = "" };
        yield return new PolicyDocument { Id = "edge-bare", Title = "无正文", Body = "。" };
        yield return new PolicyDocument
        {
            Id = "edge-rare",
            Title = "𠀀𠀁关于𪚥字的通知",
            Body = "依据《中华人民共和国公司法》和《公司法》，参照国发〔2021〕7号、国发〔2021〕7号。𠀀𠀁𠀂 ABC abc 2023年 第5号 ①②",
            DocumentNumber = "国发〔2021〕7号",
            Issuer = "国务院",
            Topic = "综合政务",
            Validity = Validity.Repealed,
            WrittenDate = new DateOnly(2020, 1, 2),
            EffectiveDate = new DateOnly(2020, 2, 1),
        };
        yield return new PolicyDocument { Id = "edge-long", Title = new string('长', 1200), Body = string.Concat(Enumerable.Repeat("长标题的正文。", 400)) };
    }

    /// <summary>Tokens with the given position increments, as an analyzer never makes them here.</summary>
    private sealed class SteppedTokenStream : Lucene.Net.Analysis.TokenStream
    {
        private readonly (string Term, int Increment)[] _tokens;
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term;
        private readonly Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute _increment;
        private int _next;

        public SteppedTokenStream((string Term, int Increment)[] tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            _increment = AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == _tokens.Length)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_tokens[_next].Term);
            _increment.PositionIncrement = _tokens[_next].Increment;
            _next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
