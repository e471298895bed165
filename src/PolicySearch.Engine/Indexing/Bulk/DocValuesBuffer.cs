using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>One doc values field of a segment being built: a value per document, written at flush.</summary>
internal abstract class DocValuesBuffer
{
    public abstract long UsedBytes { get; }

    public static DocValuesBuffer For(DocValuesType type) => type switch
    {
        DocValuesType.NUMERIC => new NumericValuesBuffer(),
        DocValuesType.BINARY => new BinaryValuesBuffer(),
        DocValuesType.SORTED => new SortedValuesBuffer(),
        DocValuesType.SORTED_SET => new SortedSetValuesBuffer(),
        _ => throw new NotSupportedException($"Doc values of type {type} are not supported by the bulk segment builder."),
    };

    /// <summary>Adds <paramref name="field"/>'s value for <paramref name="document"/>; documents come in increasing order.</summary>
    public abstract void Add(int document, IIndexableField field);

    /// <summary>Forgets a value added for a document that failed half way.</summary>
    public abstract void Drop(int document);

    public abstract void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount);

    /// <summary>Empties the buffer for the next segment, keeping its arrays.</summary>
    public abstract void Reset();

    protected static InvalidOperationException Repeated(IIndexableField field) =>
        new($"DocValuesField \"{field.Name}\" appears more than once in this document (only one value is allowed per field)");
}
