using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>
/// 100,000 seeded hostile queries against a small real index: each search returns results or a
/// <see cref="PolicySearchException"/>, and none hangs. Set POLICYSEARCH_FUZZ_SEED to replay another seed.
/// </summary>
public sealed class QueryFuzzTests : IClassFixture<QueryFuzzTests.SmallIndex>
{
    private const int QueriesPerFamily = 25_000;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(2);
    private readonly SmallIndex _index;
    private readonly ITestOutputHelper _output;

    public QueryFuzzTests(SmallIndex index, ITestOutputHelper output)
    {
        _index = index;
        _output = output;
    }

    [Fact]
    public void Unbalanced_quotes_operators_and_nesting_only_ever_return_results_or_a_typed_error() =>
        Fuzz(1, generator => generator.Structure());

    [Fact]
    public void Field_prefixes_and_out_of_range_dates_only_ever_return_results_or_a_typed_error() =>
        Fuzz(2, generator => generator.FieldClauses());

    [Fact]
    public void Control_characters_surrogates_and_mixed_scripts_only_ever_return_results_or_a_typed_error() =>
        Fuzz(3, generator => generator.Characters());

    [Fact]
    public void Long_queries_and_long_runs_of_one_character_only_ever_return_results_or_a_typed_error() =>
        Fuzz(4, generator => generator.Long());

    private void Fuzz(int family, Func<HostileQueryGenerator, string> next)
    {
        var seed = BaseSeed() + family;
        _output.WriteLine($"Seed {seed.ToString(CultureInfo.InvariantCulture)} (POLICYSEARCH_FUZZ_SEED={BaseSeed().ToString(CultureInfo.InvariantCulture)})");
        var generator = new HostileQueryGenerator(seed);
        var random = generator.Random;
        var results = 0;
        var errors = 0;
        var stopwatch = new Stopwatch();
        for (var i = 0; i < QueriesPerFamily; i++)
        {
            var request = new SearchRequest(next(generator), generator.Page(), generator.Size())
            {
                FacetSize = random.Next(20) == 0 ? random.Next(-1, 102) : 0,
                Sort = (SearchSort)random.Next(3),
                Explain = random.Next(10) == 0,
                WithSnippets = random.Next(4) == 0,
            };
            stopwatch.Restart();
            try
            {
                _index.Reader.Search(request);
                results++;
            }
            catch (PolicySearchException)
            {
                errors++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"Query #{i} (seed {seed}) threw {ex.GetType().Name}: {ex.Message}\nInput: {Describe(request)}\n{ex}");
            }

            stopwatch.Stop();
            Assert.True(stopwatch.Elapsed < HangLimit, $"Query #{i} (seed {seed}) took {stopwatch.ElapsedMilliseconds} ms.\nInput: {Describe(request)}");
        }

        _output.WriteLine($"{results} returned results, {errors} were refused with a typed error.");
    }

    private static int BaseSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYSEARCH_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : 20_261_125;

    private static string Describe(SearchRequest request) =>
        $"q=\"{Escape(request.Query)}\" page={request.Page} size={request.Size} facetSize={request.FacetSize} sort={request.Sort} explain={request.Explain} snippets={request.WithSnippets}";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 400 ? text[..400] : text)
        {
            escaped.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > 400 ? escaped.Append(CultureInfo.InvariantCulture, $"… ({text.Length} chars)").ToString() : escaped.ToString();
    }

    /// <summary>A handful of documents covering every field the query language reaches.</summary>
    public sealed class SmallIndex : IDisposable
    {
        private readonly TestIndex _index = new(
            TestIndex.Document("fuzz-1", "国务院关于加强法治政府建设的意见", "法治政府建设是全面依法治国的重点任务。", "国发〔2021〕1号"),
            TestIndex.Document("fuzz-2", "关于加强个人信息保护的规定", "加强个人信息保护，规范个人信息处理活动。", "国办发〔2022〕3号"),
            TestIndex.Document("fuzz-3", "香港特別行政區關於數據安全的公告", "為加強數據安全管理，保障個人資料。"),
            TestIndex.Document("fuzz-4", "Education policy 教育部关于深化教育教学改革的通知", "深化教育教学改革，全面提高教育质量。Law and policy."));

        public PolicyIndexReader Reader => _index.Reader;

        public void Dispose() => _index.Dispose();
    }
}
