using System.Net;
using System.Net.Sockets;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// The crawler's SocketsHttpHandler.ConnectCallback: asks the request's <see cref="AddressGuard"/> (a strict one when the
/// request carries none) for the verdict on the host, then connects to the checked addresses only, never resolving again.
/// </summary>
public static class GuardedConnection
{
    private static readonly AddressGuard Strict = new([]);

    public static ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guard = context.InitialRequestMessage.Options.TryGetValue(AddressGuard.RequestOption, out var carried) ? carried : Strict;
        return ConnectAsync(guard, context.DnsEndPoint, OpenSocketAsync, cancellationToken);
    }

    /// <summary>Checks <paramref name="endpoint"/>'s host with the guard, then opens the first checked address that answers.</summary>
    public static async ValueTask<Stream> ConnectAsync(AddressGuard guard, DnsEndPoint endpoint, Func<IPEndPoint, CancellationToken, ValueTask<Stream>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(open);
        var verdict = await guard.CheckAsync(endpoint.Host, endpoint.Port, cancellationToken);
        if (!verdict.Allowed)
        {
            throw new AddressRefusedException(verdict);
        }

        SocketException? last = null;
        foreach (var address in verdict.Addresses)
        {
            try
            {
                return await open(new IPEndPoint(address, endpoint.Port), cancellationToken);
            }
            catch (SocketException exception)
            {
                last = exception;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static async ValueTask<Stream> OpenSocketAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
