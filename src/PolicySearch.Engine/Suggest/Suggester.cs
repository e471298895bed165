using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Completes a typed prefix to titles and issuers from the current reader's <see cref="SuggestionTable"/>.
/// The prefix is folded like indexed text, so Traditional, full-width and upper-case input match.
/// Titles rank prefix matches (also after a skipped opening such as 中华人民共和国) above titles
/// that merely contain the prefix, then by <see cref="TitleOrder"/>; <see cref="SuggestionMix"/>
/// decides how many issuers follow them.
/// </summary>
internal sealed class Suggester
{
    private readonly SuggestionCache _cache;

    public Suggester(ILogger logger)
    {
        _cache = new SuggestionCache(logger);
    }

    /// <exception cref="Core.Errors.PolicySearchException">The prefix is empty or too long, or size is out of range.</exception>
    public Suggestions Suggest(IndexReader reader, string prefix, int size)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        SuggestionRequestValidator.Validate(prefix, size);
        var folded = SearchFolding.Fold(prefix.Trim());
        var table = _cache.TableFor(reader);
        var titles = table.FindTitles(folded, size);
        var issuers = table.FindIssuers(folded, SuggestionMix.MaxIssuers);
        var (titleCount, issuerCount) = SuggestionMix.Split(size, titles.Count, issuers.Count);
        var items = titles.Take(titleCount)
            .Select(entry => Suggestion.ForTitle(entry.Title, entry.Id, entry.Validity, entry.PublishedDate))
            .Concat(issuers.Take(issuerCount).Select(entry => Suggestion.ForIssuer(entry.Issuer, entry.Count)))
            .ToList();
        return new Suggestions(prefix, items);
    }
}
