namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>What a node of the segmentation graph stands for; decides its text and its bigram key.</summary>
internal enum SegmentKind : byte
{
    /// <summary>One Han character or a dictionary word (spaces between its characters skipped).</summary>
    Han,

    /// <summary>A run of Latin letters, half or full width: bigram key 未##串.</summary>
    Letters,

    /// <summary>A run of digits, half or full width: bigram key 未##数.</summary>
    Digits,

    /// <summary>Any other single character: bigram key 未##串, text unchanged.</summary>
    Other,

    /// <summary>Punctuation: its own bigram key, text ",".</summary>
    Delimiter,

    /// <summary>The sentence start and end markers.</summary>
    Marker,
}
