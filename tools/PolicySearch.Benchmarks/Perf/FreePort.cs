using System.Net;
using System.Net.Sockets;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on (the system's choice; free when asked, as good as it gets).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
