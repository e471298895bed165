namespace PolicySearch.Crawler.Attachments.Ocr;

/// <summary>How a bounded child process ended: its exit code and output, or that it was killed for taking too long.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Errors, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
