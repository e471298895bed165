using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Builds one Lucene segment from documents, as IndexWriter would build it (the same terms, positions,
/// frequencies, norms, doc values and stored fields, written through the same codec), but inverting
/// with <see cref="InvertedField"/>'s append-and-sort instead of Lucene's per-term byte slices, whose
/// cache misses were a third of an import. Not thread-safe: one builder per indexing thread.
/// Term vectors, offsets and payloads are refused; the schema uses none.
/// </summary>
internal sealed class SegmentBuilder : IDisposable
{
    /// <summary>Lucene's longest term: ByteBlockPool.BYTE_BLOCK_SIZE - 2 bytes of UTF-8.</summary>
    private const int MaxTermBytes = 32766;

    private readonly TrackingDirectoryWrapper _directory;
    private readonly string _name;
    private readonly Analyzer _analyzer;
    private readonly Similarity _similarity;
    private readonly Codec _codec;
    private readonly Dictionary<string, BulkField> _fields = new(StringComparer.Ordinal);
    private readonly List<BulkField> _inDocument = [];
    private readonly List<IIndexableField> _stored = [];
    private readonly StoredFieldsWriter _storedFields;
    private readonly BytesRef _scratch = new();
    private bool _disposed;

    public SegmentBuilder(LuceneDirectory directory, string name, Analyzer analyzer, Similarity similarity)
    {
        _directory = new TrackingDirectoryWrapper(directory);
        _name = name;
        _analyzer = analyzer;
        _similarity = similarity;
        _codec = Codec.Default;
        var provisional = new SegmentInfo(_directory, Constants.LUCENE_MAIN_VERSION, name, -1, false, _codec, null);
        _storedFields = _codec.StoredFieldsFormat.FieldsWriter(_directory, provisional, IOContext.DEFAULT);
    }

    public int DocumentCount { get; private set; }

    public long RamBytes { get; private set; }

    /// <summary>Adds a document as the segment's next one. A document that fails leaves no trace and the builder usable.</summary>
    public void Add(IEnumerable<IIndexableField> document)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var docId = DocumentCount;
        try
        {
            Collect(document);
            foreach (var field in _inDocument)
            {
                if (field.IsIndexed)
                {
                    Invert(field, docId);
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

            _inDocument.Clear();
        }

        WriteStored();
        DocumentCount++;
        if ((DocumentCount & 15) == 0)
        {
            RamBytes = _fields.Values.Sum(field => field.RamBytes);
        }
    }

    /// <summary>Writes the segment's files and its .si; the returned info opens with <see cref="SegmentReader"/>.</summary>
    public SegmentCommitInfo Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var fields = _fields.Values.OrderBy(field => field.Number).ToList();
        var fieldInfos = new FieldInfos(fields.Select(field => field.ToFieldInfo()).ToArray());
        var infoByName = fields.ToDictionary(field => field.Name, field => fieldInfos.FieldInfo(field.Name)!, StringComparer.Ordinal);
        var segment = new SegmentInfo(_directory, Constants.LUCENE_MAIN_VERSION, _name, DocumentCount, false, _codec, Diagnostics());
        var state = new SegmentWriteState(
            InfoStream.NO_OUTPUT,
            _directory,
            segment,
            fieldInfos,
            IndexWriterConfig.DEFAULT_TERM_INDEX_INTERVAL,
            null,
            new IOContext(new FlushInfo(DocumentCount, RamBytes)));

        using (var postings = _codec.PostingsFormat.FieldsConsumer(state))
        {
            foreach (var field in fields.Where(field => field.Postings is not null))
            {
                field.Postings!.Write(postings, infoByName[field.Name]);
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

        _storedFields.Finish(fieldInfos, DocumentCount);
        _storedFields.Dispose();
        _disposed = true;
        _codec.FieldInfosFormat.FieldInfosWriter.Write(_directory, _name, string.Empty, fieldInfos, IOContext.DEFAULT);
        segment.SetFiles(new HashSet<string>(_directory.CreatedFiles));
        _codec.SegmentInfoFormat.SegmentInfoWriter.Write(_directory, segment, fieldInfos, IOContext.DEFAULT);
        return new SegmentCommitInfo(segment, 0, -1, -1);
    }

    /// <summary>Abandons the segment; its files stay in the directory for the caller to delete.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _storedFields.Abort();
        _storedFields.Dispose();
    }

    private void Collect(IEnumerable<IIndexableField> document)
    {
        foreach (var instance in document)
        {
            if (!_fields.TryGetValue(instance.Name, out var field))
            {
                field = new BulkField(instance.Name, _fields.Count);
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

    /// <summary>Positions, lengths and the norm exactly as Lucene's DocInverterPerField counts them.</summary>
    private void Invert(BulkField field, int docId)
    {
        var postings = field.Postings!;
        int position = 0, length = 0, overlaps = 0, offset = 0;
        var boost = 1f;
        for (var i = 0; i < field.Pending.Count; i++)
        {
            var instance = field.Pending[i];
            if (!instance.IndexableFieldType.IsIndexed)
            {
                continue;
            }

            var analyzed = instance.IndexableFieldType.IsTokenized;
            if (i > 0)
            {
                position += analyzed ? _analyzer.GetPositionIncrementGap(field.Name) : 0;
            }

            using var stream = instance.GetTokenStream(_analyzer);
            var chars = stream.HasAttribute<ICharTermAttribute>() ? stream.GetAttribute<ICharTermAttribute>() : null;
            var bytes = stream.GetAttribute<ITermToBytesRefAttribute>();
            var increments = stream.AddAttribute<IPositionIncrementAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            var payloads = stream.HasAttribute<IPayloadAttribute>() ? stream.GetAttribute<IPayloadAttribute>() : null;
            stream.Reset();
            while (stream.IncrementToken())
            {
                var increment = increments.PositionIncrement;
                if (increment < 0 || (position == 0 && increment == 0 && length == 0))
                {
                    throw new ArgumentException($"position increment {increment} is not allowed here for field '{field.Name}'");
                }

                position += increment;
                if (position > 0)
                {
                    position--;
                }

                if (increment == 0)
                {
                    overlaps++;
                }

                if (payloads?.Payload is { Length: > 0 })
                {
                    throw new NotSupportedException($"Field \"{field.Name}\": payloads are not supported by the bulk segment builder.");
                }

                postings.Add(TermId(postings.Terms, chars, bytes, field.Name), position);
                length++;
                position++;
            }

            stream.End();
            position += increments.PositionIncrement;
            offset += offsets.EndOffset;
            offset += analyzed ? _analyzer.GetOffsetGap(field.Name) : 0;
            boost *= instance.Boost;
        }

        postings.EndDocument(docId);
        if (field.HasNorms)
        {
            field.SetNorm(docId, _similarity.ComputeNorm(new FieldInvertState(field.Name, position, length, overlaps, offset, boost)));
        }
    }

    private static int TermId(TermTable terms, ICharTermAttribute? chars, ITermToBytesRefAttribute bytes, string field)
    {
        if (chars is not null && chars.Length <= MaxTermBytes / 3)
        {
            return terms.Add(chars.Buffer.AsSpan(0, chars.Length));
        }

        bytes.FillBytesRef();
        var term = bytes.BytesRef;
        if (term.Length > MaxTermBytes)
        {
            throw new ArgumentException(
                $"Document contains at least one immense term in field=\"{field}\" (whose UTF8 encoding is longer than the max length {MaxTermBytes})");
        }

        return terms.AddBytes(term.Bytes.AsSpan(term.Offset, term.Length));
    }

    private void WriteStored()
    {
        _storedFields.StartDocument(_stored.Count);
        foreach (var instance in _stored)
        {
            _storedFields.WriteField(_fields[instance.Name].StoredFieldInfo, instance);
        }

        _storedFields.FinishDocument();
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
