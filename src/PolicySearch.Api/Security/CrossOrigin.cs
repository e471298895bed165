using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Security;

/// <summary>The default CORS policy from <see cref="CorsPolicyOptions"/>: GET and HEAD from the listed origins only.</summary>
internal static class CrossOrigin
{
    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorsPolicyOptions>().Bind(configuration.GetSection(CorsPolicyOptions.SectionName))
            .Validate(options => CorsPolicyOptions.Validate(options) is null, "Cors:AllowedOrigins must hold origins like https://example.org (no path).")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsPolicyOptions>>((cors, settings) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. settings.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Head)
                .WithHeaders("Accept", "Content-Type")
                .SetPreflightMaxAge(settings.Value.PreflightMaxAge)));
        return services;
    }
}
