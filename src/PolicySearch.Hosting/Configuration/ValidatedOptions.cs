using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PolicySearch.Hosting.Configuration;

/// <summary>
/// The one way options are registered: bound from their section and checked by their own rule, whose message names
/// the setting at fault. The service refuses to start on a bad setting; a CLI command fails when it first reads one.
/// </summary>
public static class ValidatedOptions
{
    /// <param name="findProblem">The options' rule: the first problem, or null when they are usable.</param>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName,
        Func<TOptions, string?> findProblem)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<TOptions>>(new RuleValidator<TOptions>(findProblem));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
    }

    private sealed class RuleValidator<TOptions>(Func<TOptions, string?> findProblem) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) =>
            findProblem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
