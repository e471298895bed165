namespace PolicySearch.Benchmarks.InProcess;

/// <summary>One analysis chain over all the input characters: tokens out, time, input characters per second, bytes allocated per input character.</summary>
public sealed record AnalysisChainResult(long Tokens, TimeSpan Elapsed, double CharactersPerSecond, double BytesAllocatedPerCharacter);
