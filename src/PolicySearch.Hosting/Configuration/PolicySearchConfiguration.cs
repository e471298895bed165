using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace PolicySearch.Hosting.Configuration;

/// <summary>
/// The configuration sources of every command and host, later ones winning: appsettings.json and
/// appsettings.{Environment}.json beside the program, POLICYSEARCH_ environment variables
/// (<c>POLICYSEARCH_RateLimit__Enabled</c>), then <c>--Section:Key=value</c> arguments. Variables without
/// the prefix are not read, so a platform's own (<c>URLS</c>, <c>Logging__…</c>) cannot change PolicySearch.
/// </summary>
public static class PolicySearchConfiguration
{
    public const string EnvironmentVariablePrefix = "POLICYSEARCH_";

    /// <summary>The environment that picks appsettings.{Environment}.json, named as ASP.NET Core names it.</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? "Production";

    public static IConfigurationBuilder AddPolicySearchSources(this IConfigurationBuilder builder, string environmentName, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = AppContext.BaseDirectory;
        return builder
            .AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(directory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentVariablePrefix)
            .AddCommandLine([.. arguments]);
    }

    /// <summary>
    /// Swaps a host builder's default files, variables and arguments (appsettings in the content root,
    /// unprefixed and ASPNETCORE_ variables) for <see cref="AddPolicySearchSources"/>. Sources a host or a
    /// test adds in memory stay.
    /// </summary>
    public static IConfigurationBuilder ReplaceDefaultSources(this IConfigurationBuilder builder, string environmentName, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var defaults = builder.Sources
            .Where(source => source is JsonConfigurationSource or EnvironmentVariablesConfigurationSource or CommandLineConfigurationSource)
            .ToList();
        foreach (var source in defaults)
        {
            builder.Sources.Remove(source);
        }

        return builder.AddPolicySearchSources(environmentName, arguments);
    }
}
