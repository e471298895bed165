using Lucene.Net.Index;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>What a segment being built holds for one field name: its postings, norms and doc values.</summary>
internal sealed class BulkField
{
    private long[] _norms = [];
    private int _normsUsed;

    public BulkField(string name, int number)
    {
        Name = name;
        Number = number;
        StoredFieldInfo = new FieldInfo(name, false, number, false, false, false, LuceneIndexOptions.NONE, DocValuesType.NONE, DocValuesType.NONE, null);
    }

    public string Name { get; }

    public int Number { get; }

    public bool IsIndexed => Postings is not null;

    public LuceneIndexOptions IndexOptions { get; private set; } = LuceneIndexOptions.NONE;

    public bool HasNorms { get; private set; }

    public DocValuesType DocValuesType { get; private set; } = DocValuesType.NONE;

    public InvertedField? Postings { get; private set; }

    public DocValuesBuffer? Values { get; private set; }

    /// <summary>Only its number matters to the stored fields writer, which needs one before the segment's infos are final.</summary>
    public FieldInfo StoredFieldInfo { get; }

    /// <summary>This document's instances of the field, in the order the document lists them.</summary>
    public List<IIndexableField> Pending { get; } = [];

    /// <summary>Whether the segment being built has seen the field; a builder keeps fields from segment to segment.</summary>
    public bool InSegment { get; private set; }

    public long UsedBytes => (Postings?.UsedBytes ?? 0) + (HasNorms ? _normsUsed * 8L : 0) + (Values?.UsedBytes ?? 0);

    /// <summary>A document with the field was added whole.</summary>
    public void MarkInSegment() => InSegment = true;

    /// <summary>Empties the field for the next segment; its number, kind and arrays stay.</summary>
    public void Reset()
    {
        Postings?.Reset();
        Values?.Reset();
        Array.Clear(_norms, 0, Math.Min(_normsUsed, _norms.Length));
        _normsUsed = 0;
        InSegment = false;
    }

    /// <summary>A field name must keep one kind of indexing and of doc values within a segment.</summary>
    public void Accept(IIndexableFieldType type)
    {
        if (type.StoreTermVectors || type.IndexOptions == LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
        {
            throw new NotSupportedException($"Field \"{Name}\": term vectors and offsets are not supported by the bulk segment builder.");
        }

        if (type.IsIndexed && Postings is null)
        {
            IndexOptions = type.IndexOptions;
            HasNorms = !type.OmitNorms;
            Postings = new InvertedField(IndexOptions);
        }
        else if (type.IsIndexed && (type.IndexOptions != IndexOptions || type.OmitNorms == HasNorms))
        {
            throw new NotSupportedException($"Field \"{Name}\" is indexed in two ways in one segment.");
        }

        if (type.DocValueType == DocValuesType.NONE)
        {
            return;
        }

        if (Values is null)
        {
            DocValuesType = type.DocValueType;
            Values = DocValuesBuffer.For(type.DocValueType);
        }
        else if (type.DocValueType != DocValuesType)
        {
            throw new ArgumentException($"cannot change DocValues type from {DocValuesType} to {type.DocValueType} for field \"{Name}\"");
        }
    }

    public void SetNorm(int document, long norm)
    {
        if (document >= _norms.Length)
        {
            Array.Resize(ref _norms, Math.Max(64, Math.Max(document + 1, _norms.Length * 2)));
        }

        _norms[document] = norm;
        _normsUsed = Math.Max(_normsUsed, document + 1);
    }

    /// <summary>Forgets what a document that failed half way left in this field.</summary>
    public void Drop(int document)
    {
        Postings?.Drop(document);
        Values?.Drop(document);
        if (document < _norms.Length)
        {
            _norms[document] = 0;
        }
    }

    public IEnumerable<long?> Norms(int documentCount)
    {
        for (var document = 0; document < documentCount; document++)
        {
            yield return document < _norms.Length ? _norms[document] : 0;
        }
    }

    public FieldInfo ToFieldInfo() => new(
        Name,
        IsIndexed,
        Number,
        false,
        !HasNorms,
        false,
        IndexOptions,
        DocValuesType,
        HasNorms ? DocValuesType.NUMERIC : DocValuesType.NONE,
        null);
}
