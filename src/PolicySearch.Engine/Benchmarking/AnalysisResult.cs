namespace PolicySearch.Engine.Benchmarking;

/// <param name="Characters">Input characters; each went through the whole chain (SmartCn words and CJK bigrams).</param>
public sealed record AnalysisResult(int Threads, long Characters, long Tokens, TimeSpan Elapsed, double CharactersPerSecond, double BytesAllocatedPerCharacter);
