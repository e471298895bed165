namespace PolicySearch.Engine.Indexing.Merging;

internal enum PostingsEntryKind : byte
{
    FieldStart,
    Term,
    FieldEnd,
}
