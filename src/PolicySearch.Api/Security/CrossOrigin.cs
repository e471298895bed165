using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using PolicySearch.Hosting.Configuration;

namespace PolicySearch.Api.Security;

/// <summary>The default CORS policy from <see cref="CorsPolicyOptions"/>: GET and HEAD from the listed origins only.</summary>
internal static class CrossOrigin
{
    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CorsPolicyOptions>(configuration, CorsPolicyOptions.SectionName, CorsPolicyOptions.Validate);
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
