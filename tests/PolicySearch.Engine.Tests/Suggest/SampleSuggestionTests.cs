using System.Diagnostics;
using Lucene.Net.Index;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Suggest;
using PolicySearch.Engine.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Suggest;

/// <summary>Suggestions on the shipped sample archive.</summary>
[Collection(SharedSampleIndex.Name)]
public sealed class SampleSuggestionTests(SampleIndexFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void A_law_name_without_the_country_prefix_completes_to_the_law_in_force()
    {
        var first = sample.Reader.Suggest("行政复议", 8).Items[0];

        Assert.Equal("中华人民共和国行政复议法", first.Text);
        Assert.Equal(Validity.Valid, first.Validity);
        var inForce = sample.Documents.Where(d => d.Title == first.Text && d.Validity == Validity.Valid).Select(d => d.Id);
        Assert.Contains(first.Id, inForce);
    }

    [Fact]
    public void An_everyday_word_completes_to_the_titles_that_use_the_documents_word()
    {
        var titles = sample.Reader.Suggest("养狗", 8).Items.Select(item => item.Text).ToList();

        Assert.Equal(["济南市文明养犬管理条例"], titles);
    }

    [Fact]
    public void Titles_shared_by_several_versions_are_suggested_once()
    {
        var titles = sample.Reader.Suggest("中华人民共和国", Suggestions.MaxSize).Items
            .Where(s => s.Kind == SuggestionKind.Title)
            .Select(s => s.Text)
            .ToList();

        Assert.Equal(Suggestions.MaxSize, titles.Count);
        Assert.Equal(titles.Distinct(StringComparer.Ordinal), titles);
    }

    [Fact]
    public void Issuer_counts_equal_a_brute_force_count_of_the_sample()
    {
        var issuers = sample.Reader.Suggest("国务院", 8).Items.Where(s => s.Kind == SuggestionKind.Issuer).ToList();

        Assert.NotEmpty(issuers);
        Assert.All(issuers, issuer => Assert.Equal(sample.Documents.Count(d => d.Issuer == issuer.Text), issuer.Count));
    }

    [Fact]
    public void The_table_covers_every_distinct_title_and_its_build_time_is_logged()
    {
        using var directory = LuceneDirectories.Open(sample.Reader.Path, create: false);
        using var reader = DirectoryReader.Open(directory);

        var watch = Stopwatch.StartNew();
        var table = SuggestionTableBuilder.Build(reader, reader.Version);
        output.WriteLine($"Suggestion table of {reader.NumDocs} documents: {table.TitleCount} titles, {table.IssuerCount} issuers, built in {watch.Elapsed.TotalMilliseconds:F1} ms");

        Assert.Equal(sample.Documents.Select(d => SearchFolding.Fold(d.Title)).Distinct(StringComparer.Ordinal).Count(), table.TitleCount);
    }
}
