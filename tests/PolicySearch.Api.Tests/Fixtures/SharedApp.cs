namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>The test classes that share one read-only <see cref="ApiFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<ApiFixture>
{
    public const string Name = "Shared app";
}
