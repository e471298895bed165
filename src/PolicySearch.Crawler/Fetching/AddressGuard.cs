using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Refuses hosts that resolve to private, loopback or link-local addresses unless the site allows the host. Each name is
/// resolved once per guard; <see cref="GuardedConnection"/> connects only to the addresses checked here, so a DNS answer
/// that changes between the check and the connection (rebinding) is never used. A name that does not resolve is refused.
/// </summary>
public sealed class AddressGuard
{
    /// <summary>The request option that carries a site's guard to the connect callback.</summary>
    public static readonly HttpRequestOptionsKey<AddressGuard> RequestOption = new("PolicySearch.AddressGuard");

    private readonly HashSet<string> _allowedHosts;
    private readonly IHostResolver _resolver;
    private readonly ConcurrentDictionary<string, Lazy<Task<AddressVerdict>>> _resolutions = new(StringComparer.OrdinalIgnoreCase);

    public AddressGuard(IEnumerable<string> allowPrivateHosts, IHostResolver? resolver = null)
    {
        _allowedHosts = new HashSet<string>(allowPrivateHosts, StringComparer.OrdinalIgnoreCase);
        _resolver = resolver ?? DnsHostResolver.Instance;
    }

    /// <summary>True when every address of the URL's host is public, or the host is explicitly allowed.</summary>
    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return (await CheckAsync(url.Host, url.Port, cancellationToken)).Allowed;
    }

    /// <summary>The verdict for a host and port, with the addresses a connection may use.</summary>
    public async Task<AddressVerdict> CheckAsync(string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        var listed = IsListed(bare, port);
        var key = (listed ? "listed " : "unlisted ") + bare;
        var verdict = _resolutions.GetOrAdd(key, _ => new Lazy<Task<AddressVerdict>>(() => listed ? ResolveListedAsync(bare, cancellationToken) : ResolveAsync(bare, cancellationToken)));
        return await verdict.Value;
    }

    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    private bool IsListed(string bare, int port)
    {
        var number = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] spellings = [bare, $"[{bare}]", $"{bare}:{number}", $"[{bare}]:{number}"];
        return spellings.Any(_allowedHosts.Contains);
    }

    /// <summary>Resolves a name (literals without a lookup) and refuses it when any address is private.</summary>
    private async Task<AddressVerdict> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return Judge(host, [literal]);
        }

        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return AddressVerdict.Refuse(FetchOutcome.AddressBlocked, $"{host} is a loopback name the site file does not allow (allowPrivateHosts)");
        }

        var addresses = await LookUpAsync(host, cancellationToken);
        return addresses.Allowed ? Judge(host, addresses.Addresses) : addresses;
    }

    /// <summary>A listed host: its addresses, private or not (a localhost name goes through the resolver too); it must still resolve.</summary>
    private async Task<AddressVerdict> ResolveListedAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? AddressVerdict.Allow([literal]) : await LookUpAsync(host, cancellationToken);

    private async Task<AddressVerdict> LookUpAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await _resolver.ResolveAsync(host, cancellationToken);
            return addresses.Length == 0
                ? AddressVerdict.Refuse(FetchOutcome.HostNotFound, $"{host} does not resolve (no address)")
                : AddressVerdict.Allow(addresses);
        }
        catch (SocketException exception)
        {
            return AddressVerdict.Refuse(FetchOutcome.HostNotFound, $"{host} does not resolve ({exception.SocketErrorCode})");
        }
    }

    private static AddressVerdict Judge(string host, IReadOnlyList<IPAddress> addresses) =>
        addresses.FirstOrDefault(IsPrivate) is { } blocked
            ? AddressVerdict.Refuse(FetchOutcome.AddressBlocked, $"{host} resolves to the private address {blocked}, which the site file does not allow (allowPrivateHosts)")
            : AddressVerdict.Allow(addresses);
}
