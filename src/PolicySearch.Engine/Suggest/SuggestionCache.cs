using System.Diagnostics;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Holds the suggestion table of the newest reader generation seen. When the searcher changes, the
/// first caller builds the new table while every other caller keeps answering from the old one;
/// only when there is no table yet do callers wait for the first build.
/// </summary>
internal sealed partial class SuggestionCache
{
    private readonly Lock _build = new();
    private readonly ILogger _logger;
    private SuggestionTable? _table;

    public SuggestionCache(ILogger logger)
    {
        _logger = logger;
    }

    /// <summary>The table of <paramref name="reader"/>, which the caller keeps open until this returns.</summary>
    public SuggestionTable TableFor(IndexReader reader)
    {
        var version = reader is DirectoryReader directoryReader ? directoryReader.Version : 0;
        var table = Volatile.Read(ref _table);
        if (table is not null && table.Version >= version)
        {
            return table;
        }

        if (table is not null && !_build.TryEnter())
        {
            return table; // another caller is building the new table
        }

        if (table is null)
        {
            _build.Enter();
        }

        try
        {
            table = Volatile.Read(ref _table);
            if (table is not null && table.Version >= version)
            {
                return table;
            }

            var watch = Stopwatch.StartNew();
            table = SuggestionTableBuilder.Build(reader, version);
            Volatile.Write(ref _table, table);
            LogBuilt(_logger, version, table.TitleCount, table.IssuerCount, watch.Elapsed.TotalMilliseconds);
            return table;
        }
        finally
        {
            _build.Exit();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the suggestion table of index version {IndexVersion}: {TitleCount} titles, {IssuerCount} issuers in {ElapsedMs:0.0} ms")]
    private static partial void LogBuilt(ILogger logger, long indexVersion, int titleCount, int issuerCount, double elapsedMs);
}
