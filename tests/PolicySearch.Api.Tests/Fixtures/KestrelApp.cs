using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 over its own copy of the test index, reached over real TCP from a
/// chosen local address, so the app sees the connection address a proxy or a client would have.
/// </summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private readonly TestIndex _index;
    private readonly ApiFactory _factory;

    private KestrelApp(TestIndex index, ApiFactory factory, Uri address)
    {
        _index = index;
        _factory = factory;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<KestrelApp> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var index = await TestIndex.CreateAsync(TestDocuments.All);
        var factory = new ApiFactory(index.IndexPath, index.LogDirectory, settings: settings);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelApp(index, factory, new Uri(address));
    }

    /// <summary>A client whose connections leave from <paramref name="localAddress"/> (any of 127.0.0.0/8 on Linux).</summary>
    public HttpClient ClientFrom(IPAddress localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(localAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _index.Dispose();
    }
}
