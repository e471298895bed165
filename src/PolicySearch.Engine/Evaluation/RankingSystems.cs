using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Evaluation;

/// <summary>The searcher of each <see cref="RankingSystem"/> over one index, named as <c>eval --system</c> names them.</summary>
public static class RankingSystems
{
    public static IDocumentSearcher Searcher(PolicyIndexReader reader, RankingSystem system)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return system switch
        {
            RankingSystem.Literal => new LiteralSearcher(reader),
            RankingSystem.Baseline => new PlainLuceneSearcher(reader),
            _ => reader,
        };
    }

    public static string Name(RankingSystem system) => system.ToString().ToLowerInvariant();

    /// <summary>Every system, by name, for pooling.</summary>
    public static IReadOnlyDictionary<string, IDocumentSearcher> All(PolicyIndexReader reader) =>
        Enum.GetValues<RankingSystem>().ToDictionary(Name, system => Searcher(reader, system));
}
