using System.Text;
using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Splits a query into clauses: whitespace (ASCII or U+3000) separates word runs, "…" or “…” is a
/// phrase, a leading '-' excludes. Control characters count as spaces; a lone '-' is ignored.
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
                var close = text.IndexOfAny(['"', '”', '“'], i + 1);
                if (close < 0)
                {
                    throw new PolicySearchException(
                        ErrorCodes.QuerySyntax,
                        $"The quotation mark at position {i + 1} is never closed: end the phrase with another quotation mark.")
                    {
                        Target = "q",
                    };
                }

                AddClause(clauses, text[(i + 1)..close], isPhrase: true, excluded);
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsQuote(text[end]))
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

    private static bool IsQuote(char c) => c is '"' or '“' or '”';

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
