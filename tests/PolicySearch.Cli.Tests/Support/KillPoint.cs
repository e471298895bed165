namespace PolicySearch.Cli.Tests.Support;

/// <summary>
/// Where a fault-injection test SIGKILLs a child process, drawn from a seeded random source: during start-up (a random
/// delay from launch, often before the run's first commit), a random delay after the run's next checkpoint, or while a
/// segment or commit is being written (the moment a new file shows in the index folder: Lucene 4.8 writes segment files,
/// then segments_N, then syncs them and writes segments.gen, so the kill lands inside that sequence).
/// </summary>
internal sealed record KillPoint(KillStage Stage, int DelayMs)
{
    public static KillPoint Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var stage = (KillStage)random.Next(3);
        return new KillPoint(stage, stage switch
        {
            KillStage.StartUp => random.Next(0, 1500),
            KillStage.AfterCheckpoint => random.Next(0, 400),
            _ => 0,
        });
    }

    /// <summary>Waits for this point (or the process's own end), kills the process and waits for it; says what happened. <paramref name="context"/> (the seed and cycle) starts a timeout's message.</summary>
    public async Task<string> KillAsync(CliProcess process, string indexPath, string context)
    {
        ArgumentNullException.ThrowIfNull(process);
        var generation = IndexFiles.LatestCommitGeneration(indexPath);
        var files = IndexFiles.Names(indexPath);
        var timeout = TimeSpan.FromMinutes(2);
        switch (Stage)
        {
            case KillStage.AfterCheckpoint:
                await WaitAsync(() => process.HasExited || IndexFiles.LatestCommitGeneration(indexPath) > generation, TimeSpan.FromMilliseconds(20), timeout, context);
                break;
            case KillStage.MidCommit:
                await WaitAsync(() => process.HasExited || IndexFiles.Names(indexPath).Except(files).Any(), TimeSpan.FromMilliseconds(1), timeout, context);
                break;
        }

        // The fault-injection point itself, not a wait for a condition.
        await Task.Delay(DelayMs);
        var endedFirst = process.HasExited;
        process.Kill();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return $"{Stage} +{DelayMs} ms{(endedFirst ? " (the run had ended by itself)" : string.Empty)}";
    }

    private async Task WaitAsync(Func<bool> condition, TimeSpan poll, TimeSpan timeout, string context)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{context}: waiting to kill at {Stage}, no checkpoint and no exit within {timeout}.");
            }

            await Task.Delay(poll);
        }
    }
}
