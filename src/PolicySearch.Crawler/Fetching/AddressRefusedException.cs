namespace PolicySearch.Crawler.Fetching;

/// <summary>Thrown by the guarded connect callback: the connection was refused before any packet was sent.</summary>
public sealed class AddressRefusedException : IOException
{
    public AddressRefusedException()
    {
        Verdict = AddressVerdict.Refuse(FetchOutcome.AddressBlocked, "refused");
    }

    public AddressRefusedException(string message)
        : base(message)
    {
        Verdict = AddressVerdict.Refuse(FetchOutcome.AddressBlocked, message);
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Verdict = AddressVerdict.Refuse(FetchOutcome.AddressBlocked, message);
    }

    public AddressRefusedException(AddressVerdict verdict)
        : base(verdict?.Reason)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Verdict = verdict;
    }

    public AddressVerdict Verdict { get; }

    /// <summary>The refusal inside an exception chain (HttpClient wraps what the connect callback throws), or null.</summary>
    public static AddressRefusedException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
