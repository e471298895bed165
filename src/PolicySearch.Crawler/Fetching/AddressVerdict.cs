using System.Net;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// The guard's answer for one host: the addresses it resolved and checked (the only ones a connection may use), or why
/// it refused: <see cref="FetchOutcome.AddressBlocked"/> or <see cref="FetchOutcome.HostNotFound"/>.
/// </summary>
public sealed record AddressVerdict(IReadOnlyList<IPAddress> Addresses, FetchOutcome? Refusal, string? Reason)
{
    public bool Allowed => Refusal is null;

    public static AddressVerdict Allow(IReadOnlyList<IPAddress> addresses) => new(addresses, null, null);

    public static AddressVerdict Refuse(FetchOutcome outcome, string reason) => new([], outcome, reason);
}
