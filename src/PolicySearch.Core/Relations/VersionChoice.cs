using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Relations;

/// <summary>
/// Which of several documents sharing a title or 文号 (versions of one law) a citation means: the latest version
/// dated on or before the citing document's date; when the citing document has no date or predates every version,
/// the version in force (else the latest). Ties on a date go to the version in force.
/// </summary>
public static class VersionChoice
{
    /// <summary>When a version was made: published, else effective, else written.</summary>
    public static DateOnly? VersionDate(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.PublishedDate ?? document.EffectiveDate ?? document.WrittenDate;
    }

    /// <summary>When a citing document spoke: published, else written, else effective.</summary>
    public static DateOnly? CitingDate(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.PublishedDate ?? document.WrittenDate ?? document.EffectiveDate;
    }

    public static PolicyDocument? Choose(IReadOnlyList<PolicyDocument> versions, DateOnly? citingDate)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (citingDate is { } at)
        {
            var inForceThen = versions
                .Where(version => VersionDate(version) is { } date && date <= at)
                .OrderByDescending(VersionDate)
                .ThenBy(version => Rank(version.Validity))
                .ThenBy(version => version.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (inForceThen is not null)
            {
                return inForceThen;
            }
        }

        return versions
            .OrderBy(version => version.Validity == Validity.Valid ? 0 : 1)
            .ThenByDescending(VersionDate)
            .ThenBy(version => Rank(version.Validity))
            .ThenBy(version => version.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Oldest first; undated versions last.</summary>
    public static IReadOnlyList<PolicyDocument> InDateOrder(IEnumerable<PolicyDocument> versions) => versions
        .OrderBy(version => VersionDate(version) is null ? 1 : 0)
        .ThenBy(VersionDate)
        .ThenBy(version => version.Id, StringComparer.Ordinal)
        .ToList();

    private static int Rank(Validity validity) => validity switch
    {
        Validity.Valid => 0,
        Validity.Amended => 1,
        Validity.NotYetEffective => 2,
        Validity.Unknown => 3,
        _ => 4,
    };
}
