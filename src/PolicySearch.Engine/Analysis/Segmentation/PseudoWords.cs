namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>The dictionary words SmartCn looks up in place of a letter run, a digit run, and the two sentence ends.</summary>
internal static class PseudoWords
{
    public const string String = "未##串";
    public const string Number = "未##数";
    public const string Begin = "始##始";
    public const string End = "末##末";
}
