namespace PolicySearch.Benchmarks.InProcess;

/// <param name="Characters">Input characters; each went through the whole chain (SmartCn words and CJK bigrams).</param>
public sealed record AnalysisResult(int Threads, long Characters, long Tokens, TimeSpan Elapsed, double CharactersPerSecond, double BytesAllocatedPerCharacter)
{
    /// <summary>The word chain alone (folding, segmentation, stemming, stop words).</summary>
    public AnalysisChainResult? Words { get; init; }

    /// <summary>The bigram chain alone (folding, standard tokenizer, width folding, CJK bigrams).</summary>
    public AnalysisChainResult? Bigrams { get; init; }
}
