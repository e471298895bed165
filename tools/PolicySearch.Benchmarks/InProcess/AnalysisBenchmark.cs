using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Benchmarks.InProcess;

/// <summary>
/// Throughput of the full analysis chain (folding, SmartCn words, CJK bigrams) over real texts, on
/// one or more threads, and the managed memory it allocates per input character. The word chain and
/// the bigram chain are timed in separate passes; the whole chain's figures are their sum.
/// </summary>
public static class AnalysisBenchmark
{
    public static AnalysisResult Run(IReadOnlyList<string> texts, int threads)
    {
        ArgumentNullException.ThrowIfNull(texts);
        PolicyAnalyzers.WarmUp();
        var characters = texts.Sum(text => (long)text.Length);
        var words = Measure(texts, threads, IndexFields.Body, characters);
        var bigrams = Measure(texts, threads, IndexFields.BodyBigrams, characters);
        var elapsed = words.Elapsed + bigrams.Elapsed;
        return new AnalysisResult(
            threads,
            characters,
            words.Tokens + bigrams.Tokens,
            elapsed,
            characters / elapsed.TotalSeconds,
            words.BytesAllocatedPerCharacter + bigrams.BytesAllocatedPerCharacter)
        {
            Words = words,
            Bigrams = bigrams,
        };
    }

    private static AnalysisChainResult Measure(IReadOnlyList<string> texts, int threads, string field, long characters)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var tokens = 0L;
        Parallel.ForEach(
            Partitioner(texts, threads),
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            slice =>
            {
                var count = 0L;
                foreach (var text in slice)
                {
                    count += CountTokens(field, text);
                }

                Interlocked.Add(ref tokens, count);
            });
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new AnalysisChainResult(tokens, clock.Elapsed, characters / clock.Elapsed.TotalSeconds, (double)allocated / characters);
    }

    private static IEnumerable<IEnumerable<string>> Partitioner(IReadOnlyList<string> texts, int threads) =>
        Enumerable.Range(0, threads).Select(slice => texts.Where((_, index) => index % threads == slice));

    private static long CountTokens(string field, string text)
    {
        using var stream = PolicyAnalyzers.Index.GetTokenStream(field, text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0L;
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }
}
