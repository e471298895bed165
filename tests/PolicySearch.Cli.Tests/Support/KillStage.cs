namespace PolicySearch.Cli.Tests.Support;

/// <summary>The stage of a run at which <see cref="KillPoint"/> kills it.</summary>
internal enum KillStage
{
    StartUp,
    AfterCheckpoint,
    MidCommit,
}
