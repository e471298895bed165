namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>SmartCn's character classes (its <c>Utility.GetCharType</c>), precomputed for every UTF-16 unit.</summary>
internal enum CharKind : byte
{
    Other,
    Hanzi,
    Letter,
    Digit,
    SpaceLike,
    Delimiter,
    FullWidthLetter,
    FullWidthDigit,
}
