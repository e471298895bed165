using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Evaluation;

/// <summary>Reads the queries to pool: <c>kind&lt;TAB&gt;query[&lt;TAB&gt;note]</c> lines; blank lines and # comments are skipped.</summary>
public static class PoolQueries
{
    public static async Task<IReadOnlyList<(string Kind, string Query)>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var queries = new List<(string Kind, string Query)>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || !JudgmentKinds.All.Contains(fields[0], StringComparer.Ordinal) || fields[1].Trim().Length == 0)
            {
                throw new PolicySearchException(
                    ErrorCodes.JudgmentsInvalid,
                    $"{path}:{lineNumber}: expected kind<TAB>query[<TAB>note] with a kind of {string.Join(", ", JudgmentKinds.All)}.");
            }

            queries.Add((fields[0], fields[1].Trim()));
        }

        return queries;
    }
}
