using System.Text;
using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Splits a query into clauses: whitespace (ASCII or U+3000) separates word runs, "…" or “…” at the
/// start of a clause is a phrase, a leading '-' excludes. Control characters count as spaces; a lone
/// '-' is ignored. An unclosed ASCII quote is an error; an unclosed “ is punctuation.
/// </summary>
internal static class UserQueryParser
{
    public static UserQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = RemoveControlCharacters(query).Trim();
        var clauses = new List<QueryClause>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-';
            if (excluded)
            {
                i++;
                if (i == text.Length || char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
            }

            if (IsQuote(text[i]))
            {
                var close = text.IndexOfAny(['"', '”'], i + 1);
                if (close >= 0)
                {
                    AddClause(clauses, text[(i + 1)..close], isPhrase: true, excluded);
                    i = close + 1;
                    continue;
                }

                if (text[i] == '"')
                {
                    throw new PolicySearchException(
                        ErrorCodes.QuerySyntax,
                        $"The quotation mark at position {i + 1} is never closed: end the phrase with another quotation mark.")
                    {
                        Target = "q",
                    };
                }

                i++; // an unclosed “ is read as punctuation, as in a pasted title
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            AddClause(clauses, text[i..end], isPhrase: false, excluded);
            i = end;
        }

        return new UserQuery(text, clauses);
    }

    private static void AddClause(List<QueryClause> clauses, string text, bool isPhrase, bool excluded)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            clauses.Add(new QueryClause(trimmed, isPhrase, excluded));
        }
    }

    /// <summary>Quotes open a phrase only where a clause starts; inside a word run (关于“十四五”规划) they are punctuation.</summary>
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
