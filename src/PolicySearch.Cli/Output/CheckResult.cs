using PolicySearch.Core.Maintenance;

namespace PolicySearch.Cli.Output;

/// <summary>
/// What <c>check --json</c> and <c>check --fix --json</c> print: one object of the same shape either way.
/// <see cref="Outcome"/> is clean, damaged, fixed, unfixable or not_confirmed; <see cref="Fix"/> is set only when segments were dropped.
/// </summary>
internal sealed record CheckResult(string Outcome, IndexCheckReport Check, IndexFixReport? Fix, string? Recovery)
{
    public const string RecoveryAdvice = "Recover lost documents by importing the archives again ('policysearch import FILE...') or re-extracting crawled sites ('policysearch reextract SITE'); an unreadable index needs 'policysearch restore BACKUP_DIR --force' or a rebuild.";
}
