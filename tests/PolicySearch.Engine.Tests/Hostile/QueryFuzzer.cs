using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;
using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>
/// Runs 25,000 seeded hostile queries of one family against a reader: each returns results or a
/// <see cref="PolicySearchException"/>, and none takes 2 s (a hang detector, not a speed check). A query over the limit
/// is run twice more and fails only if the fastest run is still over it: a hang repeats, a loaded machine's pause does not.
/// Set POLICYSEARCH_FUZZ_SEED to replay another seed.
/// </summary>
internal static class QueryFuzzer
{
    private const int QueriesPerFamily = 25_000;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(2);

    public static void Run(PolicyIndexReader reader, ITestOutputHelper output, int family, Func<HostileQueryGenerator, string> next)
    {
        var seed = BaseSeed() + family;
        output.WriteLine($"Seed {seed.ToString(CultureInfo.InvariantCulture)} (POLICYSEARCH_FUZZ_SEED={BaseSeed().ToString(CultureInfo.InvariantCulture)})");
        var generator = new HostileQueryGenerator(seed);
        var random = generator.Random;
        var results = 0;
        var errors = 0;
        for (var i = 0; i < QueriesPerFamily; i++)
        {
            var request = new SearchRequest(next(generator), generator.Page(), generator.Size())
            {
                FacetSize = random.Next(20) == 0 ? random.Next(-1, 102) : 0,
                Sort = (SearchSort)random.Next(3),
                Explain = random.Next(10) == 0,
                WithSnippets = random.Next(4) == 0,
            };
            var (elapsed, refused) = Timed(reader, request, i, seed);
            for (var retry = 0; retry < 2 && elapsed >= HangLimit; retry++)
            {
                elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, Timed(reader, request, i, seed).Elapsed.Ticks));
            }

            Assert.True(elapsed < HangLimit, $"Query #{i} (seed {seed}) took {elapsed.TotalMilliseconds:F0} ms at best of three runs.\nInput: {Describe(request)}");
            if (refused)
            {
                errors++;
            }
            else
            {
                results++;
            }
        }

        output.WriteLine($"{results} returned results, {errors} were refused with a typed error.");
    }

    /// <summary>How long one search takes, and whether it was refused with a typed error; any other exception fails.</summary>
    private static (TimeSpan Elapsed, bool Refused) Timed(PolicyIndexReader reader, SearchRequest request, int number, int seed)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            reader.Search(request);
            return (Stopwatch.GetElapsedTime(started), false);
        }
        catch (PolicySearchException)
        {
            return (Stopwatch.GetElapsedTime(started), true);
        }
        catch (Exception ex)
        {
            Assert.Fail($"Query #{number} (seed {seed}) threw {ex.GetType().Name}: {ex.Message}\nInput: {Describe(request)}\n{ex}");
            throw;
        }
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
}
