namespace PolicySearch.Crawler.Attachments;

/// <summary>Thrown by a reader that gives up on an attachment for a stated reason (attachment_bomb, attachment_too_slow …).</summary>
internal sealed class AttachmentRefusedException : Exception
{
    public AttachmentRefusedException(string problem)
        : base(problem) => Problem = problem;

    public AttachmentRefusedException()
        : this("attachment_unreadable")
    {
    }

    public AttachmentRefusedException(string problem, Exception inner)
        : base(problem, inner) => Problem = problem;

    public string Problem { get; }
}
