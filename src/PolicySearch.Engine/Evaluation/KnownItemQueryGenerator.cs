using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// Derives known-item queries from an archive, the way users type them: titles whole, short, partial
/// and in Traditional script; 文号 in every bracket style; body passages quoted and plain. Seeded, so
/// the same archive always gives the same queries.
/// </summary>
public static class KnownItemQueryGenerator
{
    private const string CountryPrefix = "中华人民共和国";
    private const int MaxAcceptable = 3;
    private static readonly (char Open, char Close)[] BracketStyles = [('〔', '〕'), ('[', ']'), ('(', ')'), ('［', '］')];

    public static IReadOnlyList<KnownItemQuery> Generate(IReadOnlyList<PolicyDocument> documents, int perKind, int seed = 20261125)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var random = new Random(seed);
        var shuffled = documents.OrderBy(_ => random.Next()).ToList();
        var titles = new TitleLookup(documents);
        var bodies = documents.Select(document => (document.Id, Folded: SearchFolding.Fold(document.Body))).ToList();
        var queries = new List<KnownItemQuery>();

        queries.AddRange(shuffled.Take(perKind).Select(d => new KnownItemQuery(KnownItemKind.Title, d.Title, d.Id, titles.SameTitle(d.Title))));
        queries.AddRange(shuffled
            .Where(d => d.Title.StartsWith(CountryPrefix, StringComparison.Ordinal))
            .Take(perKind)
            .Select(d => new KnownItemQuery(KnownItemKind.ShortTitle, d.Title[CountryPrefix.Length..], d.Id, titles.SameTitle(d.Title, d.Title[CountryPrefix.Length..]))));
        queries.AddRange(PartialTitles(shuffled, titles).Take(perKind));
        queries.AddRange(shuffled
            .Where(d => SearchFolding.ToTraditional(d.Title) != d.Title)
            .Take(perKind)
            .Select(d => new KnownItemQuery(KnownItemKind.TraditionalTitle, SearchFolding.ToTraditional(d.Title), d.Id, titles.SameTitle(d.Title))));
        queries.AddRange(DocumentNumberQueries(shuffled, documents).Take(perKind));
        foreach (var (document, phrase) in Passages(shuffled, bodies, random).Take(perKind))
        {
            var holders = Holders(bodies, phrase);
            queries.Add(new KnownItemQuery(KnownItemKind.QuotedPhrase, $"\"{phrase}\"", document.Id, holders));
            queries.Add(new KnownItemQuery(KnownItemKind.PlainPhrase, phrase, document.Id, holders));
        }

        return queries;
    }

    private static IEnumerable<KnownItemQuery> PartialTitles(List<PolicyDocument> documents, TitleLookup titles)
    {
        foreach (var document in documents.Where(d => d.Title.Length >= 9))
        {
            // Cut between characters a user would stop at: not inside a number, not after an opening bracket.
            var partial = document.Title[..(document.Title.Length * 2 / 3)].TrimEnd().TrimEnd("0123456789０１２３４５６７８９《（(、".ToCharArray());
            var holders = titles.Containing(partial);
            if (holders.Count <= MaxAcceptable)
            {
                yield return new KnownItemQuery(KnownItemKind.PartialTitle, partial, document.Id, holders);
            }
        }
    }

    private static IEnumerable<KnownItemQuery> DocumentNumberQueries(List<PolicyDocument> shuffled, IReadOnlyList<PolicyDocument> documents)
    {
        var byNumber = documents
            .Select(d => (d.Id, Key: DocumentNumbers.Normalize(d.DocumentNumber)))
            .Where(pair => pair.Key is not null)
            .ToLookup(pair => pair.Key!, pair => pair.Id);
        var style = 0;
        foreach (var document in shuffled)
        {
            if (DocumentNumbers.Normalize(document.DocumentNumber) is not { } key || !key.Contains('〔', StringComparison.Ordinal))
            {
                continue;
            }

            var (open, close) = BracketStyles[style++ % BracketStyles.Length];
            var query = key.Replace('〔', open).Replace('〕', close);
            yield return new KnownItemQuery(KnownItemKind.DocumentNumber, query, document.Id, byNumber[key].ToHashSet());
        }
    }

    /// <summary>Runs of 10–16 Han characters from the body that at most a few documents contain.</summary>
    private static IEnumerable<(PolicyDocument Document, string Phrase)> Passages(
        List<PolicyDocument> shuffled, List<(string Id, string Folded)> bodies, Random random)
    {
        foreach (var document in shuffled.Where(d => d.Body.Length > 200))
        {
            var length = random.Next(10, 17);
            var start = random.Next(0, document.Body.Length - length);
            var phrase = HanRunFrom(document.Body, start, length);
            if (phrase is not null && Holders(bodies, phrase).Count <= MaxAcceptable)
            {
                yield return (document, phrase);
            }
        }
    }

    private static string? HanRunFrom(string body, int start, int length)
    {
        for (var i = start; i + length <= body.Length && i < start + 400; i++)
        {
            var candidate = body.Substring(i, length);
            if (candidate.All(c => c is >= '\u4E00' and <= '\u9FFF'))
            {
                return candidate;
            }
        }

        return null;
    }

    private static HashSet<string> Holders(List<(string Id, string Folded)> bodies, string phrase)
    {
        var folded = SearchFolding.Fold(phrase);
        return bodies.Where(body => body.Folded.Contains(folded, StringComparison.Ordinal)).Select(body => body.Id).ToHashSet();
    }

    /// <summary>Titles compared the way the index compares them (folded, punctuation-free).</summary>
    private sealed class TitleLookup(IReadOnlyList<PolicyDocument> documents)
    {
        private readonly List<(string Id, string Key)> _keys = documents.Select(d => (d.Id, LookupKeys.Compact(d.Title))).ToList();

        public HashSet<string> SameTitle(params string[] titles)
        {
            var keys = titles.Select(LookupKeys.Compact).ToHashSet();
            return _keys.Where(pair => keys.Contains(pair.Key)).Select(pair => pair.Id).ToHashSet();
        }

        public HashSet<string> Containing(string partial)
        {
            var key = LookupKeys.Compact(partial);
            return _keys.Where(pair => pair.Key.Contains(key, StringComparison.Ordinal)).Select(pair => pair.Id).ToHashSet();
        }
    }
}
