namespace PolicySearch.Cli.Tests.Deployment;

/// <summary>The Dockerfile cannot be built here, so it is held to README's publish command, which is run by hand.</summary>
public sealed class DockerfileTests
{
    private static readonly string Repository = Path.Combine(AppContext.BaseDirectory, "TestData", "repository");

    [Fact]
    public void The_Dockerfile_publishes_with_the_command_README_gives()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository, "README.md"));
        var dockerfile = File.ReadAllLines(Path.Combine(Repository, "Dockerfile"));

        var readmeCommand = Assert.Single(readme, line => line.StartsWith("dotnet publish ", StringComparison.Ordinal)
            && line.Contains("PublishSingleFile", StringComparison.Ordinal));
        var dockerCommand = Assert.Single(dockerfile, line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));

        Assert.Equal(readmeCommand.Trim(), dockerCommand["RUN ".Length..].Trim());
    }
}
