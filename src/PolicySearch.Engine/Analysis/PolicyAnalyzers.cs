using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Analysis;

/// <summary>The analyzer of the schema: words by default, bigrams (with unigrams where a run starts or ends) on the *_cjk fields, distinct ideographs on body_chars. Thread-safe, process-wide.</summary>
internal static class PolicyAnalyzers
{
    private static readonly Analyzer Words = CreateWords();

    /// <summary>Used for documents and queries alike; phrase building adapts bigram positions (see QueryAnalysis).</summary>
    public static Analyzer Index { get; } = PerField(new BigramAnalyzer());

    /// <summary>Loads SmartCn's dictionaries into the segmenter's tables (a few hundred ms) so the first real request does not pay for it.</summary>
    public static void WarmUp()
    {
        using var stream = Index.GetTokenStream(IndexFields.Body, "法治政府建设实施纲要");
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }

    /// <summary>
    /// SmartCn looks for a `smartcn-data` folder from the program's folder up to the root and, if it
    /// finds one without dictionaries, fails for the life of the process. Only the embedded
    /// dictionaries are used: the segmenter reads them from SmartCn's assembly itself, and this setting
    /// keeps SmartCn's own code (still loaded by the identity tests' reference tokenizer) on them too.
    /// </summary>
    private static WordAnalyzer CreateWords()
    {
        AnalyzerProfile.ANALYSIS_DATA_DIR = string.Empty;
        return new WordAnalyzer();
    }

    private static PerFieldAnalyzerWrapper PerField(Analyzer bigrams)
    {
        var analyzers = IndexFields.BigramFields.ToDictionary(field => field, _ => bigrams);
        analyzers[IndexFields.BodyIdeographs] = new DistinctIdeographAnalyzer();
        return new PerFieldAnalyzerWrapper(Words, analyzers);
    }
}
