using Lucene.Net.Analysis;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Builds Lucene segments from documents, one at a time, as IndexWriter would build them (the same
/// terms, positions, frequencies, norms, doc values and stored fields, written through the same
/// codec), but inverting with <see cref="InvertedField"/>'s append-and-sort instead of Lucene's
/// per-term byte slices, whose cache misses were a third of an import. After a flush the builder
/// starts the next segment in the arrays of the last one. Not thread-safe: one builder per indexing
/// thread. Term vectors, offsets and payloads are refused; the schema uses none.
/// </summary>
internal sealed class SegmentBuilder : IDisposable
{
    private readonly FieldInverter _inverter;
    private readonly Codec _codec;
    private readonly Dictionary<string, BulkField> _fields = new(StringComparer.Ordinal);
    private readonly List<BulkField> _inDocument = [];
    private readonly List<IIndexableField> _stored = [];
    private readonly GroupingScratch _scratch;
    private readonly FieldNumbering _numbering;
    private TrackingDirectoryWrapper? _directory;
    private string _name = string.Empty;
    private StoredFieldsWriter? _storedFields;

    /// <param name="numbering">Shared by the builders whose segments will be merged; by default the builder's own.</param>
    public SegmentBuilder(Analyzer analyzer, Similarity similarity, FieldNumbering? numbering = null, int maxGroupedTokens = GroupingScratch.DefaultMaxTokens)
    {
        _numbering = numbering ?? new FieldNumbering();
        _scratch = new GroupingScratch(maxGroupedTokens);
        _inverter = new FieldInverter(analyzer, similarity);
        _codec = Codec.Default;
    }

    /// <summary>Whether a segment is open: started and not yet flushed or abandoned.</summary>
    public bool IsStarted => _storedFields is not null;

    public int DocumentCount { get; private set; }

    /// <summary>What the open segment's documents take in memory, for deciding when to flush.</summary>
    public long UsedBytes { get; private set; }

    /// <summary>Opens segment <paramref name="name"/> in <paramref name="directory"/> for the documents that follow.</summary>
    public void Start(LuceneDirectory directory, string name)
    {
        if (IsStarted)
        {
            throw new InvalidOperationException($"Segment {_name} is still open.");
        }

        _directory = new TrackingDirectoryWrapper(directory);
        _name = name;
        var provisional = new SegmentInfo(_directory, Constants.LUCENE_MAIN_VERSION, name, -1, false, _codec, null);
        _storedFields = _codec.StoredFieldsFormat.FieldsWriter(_directory, provisional, IOContext.DEFAULT);
    }

    /// <summary>Adds a document as the segment's next one. A document that fails leaves no trace and the builder usable.</summary>
    public void Add(IEnumerable<IIndexableField> document)
    {
        var storedFields = _storedFields ?? throw new InvalidOperationException("No segment is open: call Start first.");
        var docId = DocumentCount;
        try
        {
            _inDocument.Clear(); // a document that failed leaves its fields here
            Collect(document);
            foreach (var field in _inDocument)
            {
                if (field.IsIndexed)
                {
                    _inverter.Invert(field, docId);
                }

                foreach (var instance in field.Pending)
                {
                    if (instance.IndexableFieldType.DocValueType != DocValuesType.NONE)
                    {
                        field.Values!.Add(docId, instance);
                    }
                }
            }
        }
        catch
        {
            foreach (var field in _inDocument)
            {
                field.Drop(docId);
            }

            _stored.Clear();
            throw;
        }
        finally
        {
            foreach (var field in _inDocument)
            {
                field.Pending.Clear();
            }
        }

        foreach (var field in _inDocument)
        {
            field.MarkInSegment();
        }

        _inDocument.Clear();
        WriteStored(storedFields);
        DocumentCount++;
        if ((DocumentCount & 15) == 0)
        {
            UsedBytes = _fields.Values.Sum(field => field.UsedBytes);
        }
    }

    /// <summary>
    /// Writes the open segment's files and its .si and closes it; the returned info opens with
    /// <see cref="SegmentReader"/>. The builder is then ready to <see cref="Start"/> the next one.
    /// </summary>
    public SegmentCommitInfo Flush()
    {
        var storedFields = _storedFields ?? throw new InvalidOperationException("No segment is open.");
        var directory = _directory!;
        var fields = _fields.Values.Where(field => field.InSegment).OrderBy(field => field.Number).ToList();
        var fieldInfos = new FieldInfos(fields.Select(field => field.ToFieldInfo()).ToArray());
        var infoByName = fields.ToDictionary(field => field.Name, field => fieldInfos.FieldInfo(field.Name)!, StringComparer.Ordinal);
        var segment = new SegmentInfo(directory, Constants.LUCENE_MAIN_VERSION, _name, DocumentCount, false, _codec, Diagnostics());
        var state = new SegmentWriteState(
            InfoStream.NO_OUTPUT,
            directory,
            segment,
            fieldInfos,
            IndexWriterConfig.DEFAULT_TERM_INDEX_INTERVAL,
            null,
            new IOContext(new FlushInfo(DocumentCount, UsedBytes)));

        using (var postings = _codec.PostingsFormat.FieldsConsumer(state))
        {
            foreach (var field in fields.Where(field => field.Postings is not null))
            {
                field.Postings!.Write(postings, infoByName[field.Name], _scratch);
            }
        }

        if (fields.Any(field => field.HasNorms))
        {
            using var norms = _codec.NormsFormat.NormsConsumer(state);
            foreach (var field in fields.Where(field => field.HasNorms))
            {
                norms.AddNumericField(infoByName[field.Name], field.Norms(DocumentCount));
            }
        }

        if (fields.Any(field => field.Values is not null))
        {
            using var docValues = _codec.DocValuesFormat.FieldsConsumer(state);
            foreach (var field in fields.Where(field => field.Values is not null))
            {
                field.Values!.Write(docValues, infoByName[field.Name], DocumentCount);
            }
        }

        storedFields.Finish(fieldInfos, DocumentCount);
        storedFields.Dispose();
        _storedFields = null;
        _codec.FieldInfosFormat.FieldInfosWriter.Write(directory, _name, string.Empty, fieldInfos, IOContext.DEFAULT);
        segment.SetFiles(new HashSet<string>(directory.CreatedFiles));
        _codec.SegmentInfoFormat.SegmentInfoWriter.Write(directory, segment, fieldInfos, IOContext.DEFAULT);
        ResetFields();
        return new SegmentCommitInfo(segment, 0, -1, -1);
    }

    /// <summary>Abandons the open segment, if any; its files stay in the directory for the caller to delete.</summary>
    public void Dispose()
    {
        if (_storedFields is { } storedFields)
        {
            _storedFields = null;
            storedFields.Abort();
            storedFields.Dispose();
            ResetFields();
        }
    }

    private void ResetFields()
    {
        foreach (var field in _fields.Values)
        {
            field.Reset();
        }

        DocumentCount = 0;
        UsedBytes = 0;
    }

    private void Collect(IEnumerable<IIndexableField> document)
    {
        foreach (var instance in document)
        {
            if (!_fields.TryGetValue(instance.Name, out var field))
            {
                field = new BulkField(instance.Name, _numbering.NumberOf(instance.Name));
                _fields.Add(instance.Name, field);
            }

            field.Accept(instance.IndexableFieldType);
            if (field.Pending.Count == 0)
            {
                _inDocument.Add(field);
            }

            field.Pending.Add(instance);
            if (instance.IndexableFieldType.IsStored)
            {
                _stored.Add(instance);
            }
        }
    }

    private void WriteStored(StoredFieldsWriter storedFields)
    {
        storedFields.StartDocument(_stored.Count);
        foreach (var instance in _stored)
        {
            storedFields.WriteField(_fields[instance.Name].StoredFieldInfo, instance);
        }

        storedFields.FinishDocument();
        _stored.Clear();
    }

    private static Dictionary<string, string> Diagnostics() => new(StringComparer.Ordinal)
    {
        ["source"] = "flush",
        ["lucene.version"] = Constants.LUCENE_VERSION,
        ["os"] = Environment.OSVersion.Platform.ToString(),
        ["bulk"] = "PolicySearch SegmentBuilder",
    };
}
