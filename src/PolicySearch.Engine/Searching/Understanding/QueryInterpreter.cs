using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// Reads the free text of a query (unquoted clauses of no field) as a citizen's question: question forms and
/// function words are ignored where they stand as words of their own, everyday words of the lexicon are
/// mapped to the documents' terms (the longest at each position), and the rest is split into SmartCn words.
/// A question mark also makes a question. A query with no question form and no everyday word is left as typed
/// (null), unless <c>force</c> is set
/// (the relaxation of a query nothing matches). Queries with OR alternatives are never reinterpreted.
/// </summary>
internal static class QueryInterpreter
{
    private const float RepeatWeight = 0.5f;
    private const float MaxWeight = 2f;

    /// <summary>
    /// Concepts (and runs) searched at most, the first ones of the text: a letter to a hotline has about 15; a pasted
    /// page of 800 characters read into 300 concepts, each with its formal terms, took seconds on a loaded machine.
    /// </summary>
    private const int MaxConcepts = 32;

    /// <summary>Characters an agent between 被 and its verb may have (被隔壁邻居家的狗咬了).</summary>
    private const int MaxAgentLength = 6;

    public static QueryInterpretation? Interpret(UserQuery query, EverydayLexicon lexicon, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (query.IncludedGroups.Any(group => group.Count > 1))
        {
            return null;
        }

        var pieces = query.FreeText.SelectMany(clause => Read(SearchFolding.Fold(clause.Text), lexicon)).ToList();
        var isQuestion = pieces.Any(piece => piece.Kind == PieceKind.QuestionForm) || query.FreeText.Any(clause => clause.Text.AsSpan().IndexOfAny('?', '？') >= 0);
        if (pieces.Count == 0 || (!force && !isQuestion && !pieces.Any(piece => piece.Kind == PieceKind.Everyday)))
        {
            return null;
        }

        var ignored = new List<string>();
        var phrases = new List<string>();
        var concepts = new List<(string Key, string Text, string[] Terms, bool Counted)>();
        foreach (var piece in pieces)
        {
            switch (piece.Kind)
            {
                case PieceKind.QuestionForm or PieceKind.FunctionWord:
                    ignored.Add(piece.Text);
                    break;
                case PieceKind.Everyday:
                    concepts.Add((string.Join('|', piece.Terms), piece.Text, piece.Terms, true));
                    break;
                default:
                    var groups = QueryAnalysis.WordGroups(piece.Text);
                    if (groups.Count > 1)
                    {
                        phrases.Add(piece.Text);
                    }

                    foreach (var group in groups)
                    {
                        if (group.Text.Length == 1 && IsFunctionWord(group.Text))
                        {
                            ignored.Add(group.Text);
                        }
                        else
                        {
                            concepts.Add((group.Text, group.Text, [], group.Text.Length > 1));
                        }
                    }

                    break;
            }
        }

        var merged = concepts
            .GroupBy(concept => concept.Key, StringComparer.Ordinal)
            .Select(repeats => new QueryConcept(
                repeats.First().Text,
                repeats.First().Terms,
                Math.Min(MaxWeight, 1 + (RepeatWeight * (repeats.Count() - 1))),
                repeats.First().Counted))
            .Take(MaxConcepts)
            .ToList();
        return new QueryInterpretation(merged, ignored.Distinct(StringComparer.Ordinal).ToList(), isQuestion)
        {
            Phrases = phrases.Distinct(StringComparer.Ordinal).Take(MaxConcepts).ToList(),
        };
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        WordList.QuestionForms.Contains(word) || WordList.FunctionWords.Contains(word);

    /// <summary>The folded text as question forms, function words, everyday words and runs of other text.</summary>
    private static List<Piece> Read(string text, EverydayLexicon lexicon)
    {
        var boundaries = WordBoundaries(text);
        var pieces = new List<Piece>();
        var plainStart = -1;
        var passiveFrom = -1;
        var i = 0;
        while (i < text.Length)
        {
            var functionWord = boundaries.Contains(i) ? LongestFunctionWordAt(text, i, boundaries) : null;
            var everyday = lexicon.LongestAt(text, i) is { } found && !SplitsLatinOrNumber(text, i, found.Length) && !InsideItsOwnTerm(text, i, found)
                ? found
                : default((int Length, string[] Terms)?);
            everyday ??= passiveFrom >= 0 && boundaries.Contains(i) ? PassiveAt(text, passiveFrom, i, lexicon) : null;
            if (functionWord is { } word && (everyday is null || word.Text.Length >= everyday.Value.Length))
            {
                FlushPlain(i);
                pieces.Add(word);
                passiveFrom = word.Text == "被" ? i : passiveFrom;
                i += word.Text.Length;
            }
            else if (everyday is { } mapped && !IsFunctionWord(text.AsSpan(i, mapped.Length)))
            {
                FlushPlain(i);
                pieces.Add(new Piece(PieceKind.Everyday, text.Substring(i, mapped.Length), mapped.Terms));
                passiveFrom = -1;
                i += mapped.Length;
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                plainStart = plainStart < 0 ? i : plainStart;
                i++;
            }
            else
            {
                FlushPlain(i);
                i++;
            }
        }

        FlushPlain(text.Length);
        return pieces;

        void FlushPlain(int end)
        {
            if (plainStart >= 0)
            {
                pieces.Add(new Piece(PieceKind.Plain, text[plainStart..end], []));
                plainStart = -1;
            }
        }
    }

    /// <summary>
    /// A passive entry (被辞退, 被打) for the verb at <paramref name="start"/> when the agent stands between 被 and it
    /// (被公司辞退, 被老板打了): people name who did it, the lexicon names what was done. <paramref name="bei"/> is
    /// where a 被 of its own was read (not 被告, 被保险人; not the 被 of an entry like 被狗咬了), in the same clause
    /// and at most <see cref="MaxAgentLength"/> characters before.
    /// </summary>
    private static (int Length, string[] Terms)? PassiveAt(string text, int bei, int start, EverydayLexicon lexicon)
    {
        if (start - bei < 2 || start - bei > MaxAgentLength + 1)
        {
            return null;
        }

        for (var at = bei + 1; at < start; at++)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                return null;
            }
        }

        var verb = text.AsSpan(start, Math.Min(text.Length - start, Math.Max(0, lexicon.LongestKey - 1)));
        return lexicon.LongestAt(string.Concat("被", verb), 0) is { Length: > 1 } passive
            ? (passive.Length - 1, passive.Terms)
            : null;
    }

    /// <summary>The everyday word is part of one of its own formal terms as typed (复议 in 行政复议): the user already wrote the documents' word.</summary>
    private static bool InsideItsOwnTerm(string text, int start, (int Length, string[] Terms) everyday) =>
        everyday.Terms.Any(term =>
        {
            for (var at = Math.Max(0, start + everyday.Length - term.Length); at <= start && at + term.Length <= text.Length; at++)
            {
                if (string.CompareOrdinal(text, at, term, 0, term.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        });

    /// <summary>An everyday word that starts or ends with a letter or digit must not cut a longer one (996 in 2996).</summary>
    private static bool SplitsLatinOrNumber(string text, int start, int length)
    {
        var end = start + length;
        return (start > 0 && char.IsAsciiLetterOrDigit(text[start]) && char.IsAsciiLetterOrDigit(text[start - 1]))
            || (end < text.Length && char.IsAsciiLetterOrDigit(text[end - 1]) && char.IsAsciiLetterOrDigit(text[end]));
    }

    private static Piece? LongestFunctionWordAt(string text, int start, HashSet<int> boundaries)
    {
        var longest = Math.Max(WordList.QuestionForms.LongestWord, WordList.FunctionWords.LongestWord);
        for (var length = Math.Min(longest, text.Length - start); length > 0; length--)
        {
            if (!boundaries.Contains(start + length))
            {
                continue;
            }

            var word = text.AsSpan(start, length);
            if (WordList.QuestionForms.Contains(word))
            {
                return new Piece(PieceKind.QuestionForm, word.ToString(), []);
            }

            if (WordList.FunctionWords.Contains(word))
            {
                return new Piece(PieceKind.FunctionWord, word.ToString(), []);
            }
        }

        return null;
    }

    /// <summary>Where SmartCn's words start and end, and both sides of every character outside a word (punctuation, spaces).</summary>
    private static HashSet<int> WordBoundaries(string text)
    {
        var boundaries = new HashSet<int> { 0, text.Length };
        var covered = new bool[text.Length];
        foreach (var (start, end) in QueryAnalysis.WordSpans(text))
        {
            boundaries.Add(start);
            boundaries.Add(end);
            Array.Fill(covered, true, start, end - start);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i])
            {
                boundaries.Add(i);
                boundaries.Add(i + 1);
            }
        }

        return boundaries;
    }

    private enum PieceKind
    {
        Plain,
        QuestionForm,
        FunctionWord,
        Everyday,
    }

    private sealed record Piece(PieceKind Kind, string Text, string[] Terms);
}
