namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Loads SmartCn's dictionaries on a thread-pool thread, for an entry point to start before it builds its host:
/// the host's start-up (about half a second for `serve`) and the load (about a third) then overlap instead of
/// adding up. Whoever needs the analyzers first waits for the load in progress, and sees its failure, if any.
/// </summary>
public static class AnalysisWarmUp
{
    public static void StartInBackground() => _ = Task.Run(PolicyAnalyzers.WarmUp);
}
