using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Completes a typed prefix to titles and issuers from the current reader's <see cref="SuggestionTable"/>.
/// The prefix is folded like indexed text, so Traditional, full-width and upper-case input match.
/// Titles rank prefix matches (also after a skipped opening such as 中华人民共和国) above titles
/// that merely contain the prefix, then by <see cref="TitleOrder"/>; <see cref="SuggestionMix"/>
/// decides how many issuers follow them. When the prefix finds fewer titles than asked for, an everyday word in it
/// (<see cref="EverydayLexicon"/>) also completes to titles with the documents' word for it.
/// </summary>
internal sealed class Suggester
{
    private readonly SuggestionCache _cache;
    private readonly EverydayLexicon _lexicon;

    public Suggester(ILogger logger, EverydayLexicon lexicon)
    {
        _cache = new SuggestionCache(logger);
        _lexicon = lexicon;
    }

    /// <exception cref="Core.Errors.PolicySearchException">The prefix is empty or too long, or size is out of range.</exception>
    public Suggestions Suggest(IndexReader reader, string prefix, int size)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        SuggestionRequestValidator.Validate(prefix, size);
        var folded = SearchFolding.Fold(prefix.Trim());
        var table = _cache.TableFor(reader);
        var titles = table.FindTitles(folded, size);
        foreach (var term in titles.Count < size ? FormalTerms(folded) : [])
        {
            titles.AddRange(table.FindTitles(term, size).Where(entry => !titles.Exists(found => found.Id == entry.Id)).Take(size - titles.Count));
        }

        var issuers = table.FindIssuers(folded, SuggestionMix.MaxIssuers);
        var (titleCount, issuerCount) = SuggestionMix.Split(size, titles.Count, issuers.Count);
        var items = titles.Take(titleCount)
            .Select(entry => Suggestion.ForTitle(entry.Title, entry.Id, entry.Validity, entry.PublishedDate))
            .Concat(issuers.Take(issuerCount).Select(entry => Suggestion.ForIssuer(entry.Issuer, entry.Count)))
            .ToList();
        return new Suggestions(prefix, items);
    }

    /// <summary>The documents' word for each everyday word of the prefix (养狗 → 养犬), so 养狗 completes to 养犬管理条例.</summary>
    private IEnumerable<string> FormalTerms(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (_lexicon.LongestAt(folded, i) is { } everyday)
            {
                yield return everyday.Terms[0];
                i += everyday.Length - 1;
            }
        }
    }
}
