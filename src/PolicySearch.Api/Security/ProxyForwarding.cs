using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using PolicySearch.Hosting.Configuration;

namespace PolicySearch.Api.Security;

/// <summary>
/// Takes the client address and scheme from X-Forwarded-For and X-Forwarded-Proto when, and only when, the
/// connection comes from a known proxy (<see cref="ForwardedHeadersPolicyOptions"/>). Runs first, so the rate
/// limit, the logs and the metrics see the client, not the proxy; a header from anyone else is ignored.
/// </summary>
internal static class ProxyForwarding
{
    public static IServiceCollection AddProxyForwarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ForwardedHeadersPolicyOptions>(configuration, ForwardedHeadersPolicyOptions.SectionName, ForwardedHeadersPolicyOptions.Validate);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersPolicyOptions>>((forwarding, settings) =>
        {
            forwarding.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // One proxy in front: the right-most X-Forwarded-For entry is the one it added; entries to its
            // left were sent by the client and could say anything.
            forwarding.ForwardLimit = 1;
            forwarding.KnownProxies.Clear();
            forwarding.KnownIPNetworks.Clear();
            foreach (var entry in settings.Value.EffectiveProxies)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    forwarding.KnownProxies.Add(address);
                }
                else
                {
                    forwarding.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
            }
        });
        return services;
    }

    public static IApplicationBuilder UseProxyForwarding(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersPolicyOptions>>().Value.Enabled
            ? app.UseForwardedHeaders()
            : app;
    }
}
