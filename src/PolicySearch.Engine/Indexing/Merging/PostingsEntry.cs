using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>One step of a merge's postings, in the order the codec must see them.</summary>
internal struct PostingsEntry
{
    public PostingsEntryKind Kind;

    /// <summary>The field a <see cref="PostingsEntryKind.FieldStart"/> opens.</summary>
    public FieldInfo? Field;

    /// <summary>Where a term's bytes are in <see cref="PostingsBatch.TermBytes"/>.</summary>
    public int TermStart;

    public int TermLength;

    /// <summary>Past a term's last document in this batch; its first is where the previous term's ended.</summary>
    public int DocumentEnd;

    /// <summary>The term has more documents in the next batch, under an entry with the same bytes.</summary>
    public bool TermContinues;

    /// <summary>How many documents a <see cref="PostingsEntryKind.FieldEnd"/>'s field has.</summary>
    public int FieldDocumentCount;
}
