using System.Globalization;
using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// Reads a judgments file: UTF-8 text, one judgment a line, <c>kind TAB query TAB docId TAB grade</c> with
/// grade 0 (not relevant) to 3 (the key document); several lines per query; blank lines and lines starting
/// with # are skipped. A malformed line is a <see cref="PolicySearchException"/> naming file:line.
/// </summary>
public static class Judgments
{
    public const int MaxGrade = 3;

    /// <exception cref="PolicySearchException">The file is missing (<see cref="ErrorCodes.JudgmentsNotFound"/>) or a line is malformed (<see cref="ErrorCodes.JudgmentsInvalid"/>).</exception>
    public static async Task<IReadOnlyList<JudgedQuery>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new PolicySearchException(ErrorCodes.JudgmentsNotFound, $"The judgments file '{path}' does not exist.") { Target = path };
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        return Parse(lines, path);
    }

    /// <param name="source">The file name used in messages.</param>
    public static IReadOnlyList<JudgedQuery> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var queries = new Dictionary<(string Kind, string Query), (Dictionary<string, int> Grades, string Location)>();
        var kindOfQuery = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var location = string.Create(CultureInfo.InvariantCulture, $"{source}:{number}");
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var (kind, query, id, grade) = ParseLine(line.TrimEnd('\r'), location);
            if (kindOfQuery.TryGetValue(query, out var otherKind) && otherKind != kind)
            {
                throw Invalid(location, $"the query '{query}' is already judged as kind '{otherKind}'");
            }

            kindOfQuery[query] = kind;
            if (!queries.TryGetValue((kind, query), out var entry))
            {
                entry = (new Dictionary<string, int>(StringComparer.Ordinal), location);
                queries.Add((kind, query), entry);
            }

            if (!entry.Grades.TryAdd(id, grade))
            {
                throw Invalid(location, $"the document '{id}' is judged twice for the query '{query}'");
            }
        }

        var result = queries.Select(pair => new JudgedQuery(pair.Key.Kind, pair.Key.Query, pair.Value.Grades, pair.Value.Location)).ToList();
        if (result.FirstOrDefault(judged => !judged.Grades.Values.Any(RelevanceMetrics.IsRelevant)) is { } hopeless)
        {
            throw Invalid(hopeless.Location, $"the query '{hopeless.Query}' has no document graded {RelevanceMetrics.RelevantGrade} or more");
        }

        return result;
    }

    private static (string Kind, string Query, string Id, int Grade) ParseLine(string line, string location)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            throw Invalid(location, $"expected 4 tab-separated fields (kind, query, docId, grade), found {fields.Length}");
        }

        var kind = fields[0].Trim();
        if (!JudgmentKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            throw Invalid(location, $"unknown kind '{kind}'; expected one of {string.Join(", ", JudgmentKinds.All)}");
        }

        var query = fields[1].Trim();
        var id = fields[2].Trim();
        if (query.Length == 0 || id.Length == 0)
        {
            throw Invalid(location, query.Length == 0 ? "the query is empty" : "the document id is empty");
        }

        if (!int.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade > MaxGrade)
        {
            throw Invalid(location, $"the grade '{fields[3]}' is not a whole number from 0 to {MaxGrade}");
        }

        return (kind, query, id, grade);
    }

    private static PolicySearchException Invalid(string location, string reason) =>
        new(ErrorCodes.JudgmentsInvalid, $"{location}: {reason}.") { Target = location };
}
