using System.Globalization;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// Writes generated known-item queries as judgments-file lines. Every acceptable document (the one meant,
/// another version of its title, another holder of its phrase) is judged: grade 3 for the versions in force
/// (or the document meant, when none of them is marked in force), grade 2 for the rest. A query text already
/// written (under any kind) is skipped, so the lines always parse; so is a partial title that keeps fewer
/// than <see cref="MinPartialTitleLength"/> characters after 中华人民共和国, which no user types.
/// </summary>
public static class KnownItemJudgments
{
    public const int KeyGrade = 3;
    public const int AcceptableGrade = 2;
    public const int MinPartialTitleLength = 4;
    private const string CountryPrefix = "中华人民共和国";

    public static IEnumerable<string> ToLines(IEnumerable<KnownItemQuery> queries, IReadOnlyList<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        var validity = documents.ToDictionary(document => document.Id, document => document.Validity, StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var text = query.Query.Trim();
            if (text.Length == 0 || text.Contains('\t', StringComparison.Ordinal) || IsTooShortPartial(query.Kind, text) || !written.Add(text))
            {
                continue;
            }

            var inForce = query.AcceptableIds.Where(id => validity.GetValueOrDefault(id) == Validity.Valid).ToHashSet(StringComparer.Ordinal);
            if (inForce.Count == 0)
            {
                inForce.Add(query.TargetId);
            }

            var kind = JudgmentKinds.Of(query.Kind);
            foreach (var id in query.AcceptableIds.Append(query.TargetId).Distinct().Order(StringComparer.Ordinal))
            {
                var grade = inForce.Contains(id) ? KeyGrade : AcceptableGrade;
                yield return string.Create(CultureInfo.InvariantCulture, $"{kind}\t{text}\t{id}\t{grade}");
            }
        }
    }

    private static bool IsTooShortPartial(KnownItemKind kind, string text) =>
        kind == KnownItemKind.PartialTitle
        && (text.StartsWith(CountryPrefix, StringComparison.Ordinal) ? text[CountryPrefix.Length..] : text).Length < MinPartialTitleLength;
}
