using System.Text;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Splits a query into clauses: whitespace (ASCII or U+3000) separates word runs; "…" or “…” at the
/// start of a clause is a phrase; a leading '-' excludes; <c>field:value</c> (or <c>字段：值</c>) limits
/// a clause to a field; <c>OR</c> between clauses makes them alternatives. Control characters count as
/// spaces; a lone '-' is ignored. An unclosed ASCII quote and an empty <c>field:</c> are errors; an
/// unclosed “ is punctuation, as in a pasted title.
/// </summary>
internal static class UserQueryParser
{
    private const string Or = "OR";

    public static UserQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = RemoveControlCharacters(query).Trim();
        var groups = new List<List<QueryClause>>();
        var joinNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var excluded = text[i] == '-';
            if (excluded)
            {
                i++;
                if (i == text.Length || char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
            }

            var (field, filter) = ReadFieldPrefix(text, ref i);
            var (value, isPhrase) = ReadValue(text, ref i);
            if (!isPhrase && !excluded && field == QueryField.Any && value == Or && groups.Count > 0)
            {
                joinNext = true;
                continue;
            }

            if (field != QueryField.Any && value.Trim().Length == 0)
            {
                throw Fault($"'{text[start..i].Trim()}' has nothing after the colon: give a value, e.g. title:法治.", ErrorCodes.QuerySyntax);
            }

            var clause = new QueryClause(value.Trim(), isPhrase, excluded, field, filter);
            if (clause.Text.Length == 0)
            {
                joinNext = false;
                continue;
            }

            if (joinNext && !excluded && !groups[^1][0].IsExcluded)
            {
                groups[^1].Add(clause);
            }
            else
            {
                groups.Add([clause]);
            }

            joinNext = false;
        }

        return new UserQuery(text, groups);
    }

    private static (QueryField Field, FilterField? Filter) ReadFieldPrefix(string text, ref int i)
    {
        var colon = i;
        while (colon < text.Length && colon - i <= 8 && (char.IsLetter(text[colon]) || text[colon] == '_'))
        {
            colon++;
        }

        if (colon == i || colon >= text.Length || text[colon] is not (':' or '：'))
        {
            return (QueryField.Any, null);
        }

        var name = text[i..colon];
        if (QueryFieldNames.TryGet(name, out var field, out var filter))
        {
            i = colon + 1;
            return (field, filter);
        }

        var looksLikeUrl = text.AsSpan(colon).StartsWith("://", StringComparison.Ordinal);
        if (name.All(char.IsAsciiLetter) && !looksLikeUrl)
        {
            throw Fault($"Unknown field '{name}:'. Fields are {QueryFieldNames.Accepted}.", ErrorCodes.QueryFieldUnknown);
        }

        return (QueryField.Any, null);
    }

    private static (string Value, bool IsPhrase) ReadValue(string text, ref int i)
    {
        if (i < text.Length && IsQuote(text[i]))
        {
            var close = text.IndexOfAny(['"', '”'], i + 1);
            if (close >= 0)
            {
                var phrase = text[(i + 1)..close];
                i = close + 1;
                return (phrase, true);
            }

            if (text[i] == '"')
            {
                throw Fault($"The quotation mark at position {i + 1} is never closed: end the phrase with another quotation mark.", ErrorCodes.QuerySyntax);
            }

            i++; // an unclosed “ is read as punctuation
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
        {
            end++;
        }

        var value = text[i..end];
        i = end;
        return (value, false);
    }

    private static PolicySearchException Fault(string message, string code) => new(code, message) { Target = "q" };

    /// <summary>Quotes open a phrase only where a clause or value starts; inside a word run (关于“十四五”规划) they are punctuation.</summary>
    private static bool IsQuote(char c) => c is '"' or '“';

    private static string RemoveControlCharacters(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
