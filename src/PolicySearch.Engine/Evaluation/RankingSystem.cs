namespace PolicySearch.Engine.Evaluation;

/// <summary>The rankings <c>policysearch eval</c> can measure on the same index.</summary>
public enum RankingSystem
{
    /// <summary>The product: questions understood, everyday words mapped.</summary>
    Engine,

    /// <summary>The product with every query searched as typed (what the page's literal-search link runs).</summary>
    Literal,

    /// <summary>Lucene's stock setup: SmartCn words in title and body, BM25, every word optional.</summary>
    Baseline,
}
