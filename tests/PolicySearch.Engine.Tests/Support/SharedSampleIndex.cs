namespace PolicySearch.Engine.Tests.Support;

/// <summary>Test classes in this collection share one import of the sample archive.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSampleIndex : ICollectionFixture<SampleIndexFixture>
{
    public const string Name = "sample index";
}
