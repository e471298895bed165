namespace PolicySearch.Crawler.Tests.Support;

/// <summary>The system clock moved by a fixed offset: a later crawl run "hours later" without waiting.</summary>
internal sealed class ShiftedTime(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
