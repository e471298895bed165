using System.Net;

namespace PolicySearch.Api.Security;

/// <summary>
/// Which reverse proxies may name the client (X-Forwarded-For) and scheme (X-Forwarded-Proto), bound from
/// "ForwardedHeaders". Only loopback by default: nginx on the same machine.
/// </summary>
internal sealed class ForwardedHeadersPolicyOptions
{
    public const string SectionName = "ForwardedHeaders";

    public static readonly IReadOnlyList<string> LoopbackProxies = ["127.0.0.1", "::1"];

    /// <summary>False: the headers are ignored and every request is its connection's.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>); null means <see cref="LoopbackProxies"/>.</summary>
    public IReadOnlyList<string>? KnownProxies { get; set; }

    public IReadOnlyList<string> EffectiveProxies => KnownProxies ?? LoopbackProxies;

    public static string? Validate(ForwardedHeadersPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.EffectiveProxies.FirstOrDefault(entry => !IPAddress.TryParse(entry, out _) && !IPNetwork.TryParse(entry, out _));
        return bad is null
            ? null
            : $"ForwardedHeaders:KnownProxies: '{bad}' is neither an IP address (10.0.0.5) nor a network (10.0.0.0/8).";
    }
}
