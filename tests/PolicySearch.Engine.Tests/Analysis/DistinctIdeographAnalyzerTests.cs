using System.Text;
using PolicySearch.Core.Import;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

public class DistinctIdeographAnalyzerTests
{
    private static List<string> Ideographs(string text) => AnalysisProbe.Terms(PolicyAnalyzers.Index, IndexFields.BodyIdeographs, text);

    /// <summary>What a prefix over the bigram field finds for a lone ideograph: its unigram, or a bigram it starts.</summary>
    private static HashSet<string> FoundByBigramPrefix(string text) =>
        AnalysisProbe.Terms(PolicyAnalyzers.Index, IndexFields.BodyBigrams, text)
            .Select(term => Rune.GetRuneAt(term, 0))
            .Where(rune => HanCharacters.IsIdeograph(rune.Value))
            .Select(rune => rune.ToString())
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Gives_each_folded_ideograph_once_in_order_of_first_appearance()
    {
        Assert.Equal(["法", "治", "政", "府", "𠀀", "资", "讯"], Ideographs("法治政府、法治abc 123 𠀀 政府資訊"));
    }

    [Fact]
    public void Holds_every_ideograph_the_bigram_field_finds_by_prefix_for_every_body_of_the_sample_archive()
    {
        var differences = new List<string>();
        var archive = SampleIndexFixture.ArchivePath;
        var bodies = 0;
        foreach (var line in JsonLinesDocumentReader.ReadAsync(archive).ToBlockingEnumerable())
        {
            bodies++;
            var body = line.Document!.Body;
            var ideographs = Ideographs(body).ToHashSet(StringComparer.Ordinal);
            var byPrefix = FoundByBigramPrefix(body);
            if (!ideographs.SetEquals(byPrefix))
            {
                differences.Add($"{line.Document.Id}: missing {string.Concat(byPrefix.Except(ideographs))}, extra {string.Concat(ideographs.Except(byPrefix))}");
            }
        }

        Assert.True(bodies > 500, $"only {bodies} bodies read");
        Assert.Empty(differences);
    }
}
