using PolicySearch.Cli.Commands;
using PolicySearch.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli;

/// <summary>
/// The `policysearch` command line: import, crawl, reextract, extract, search, suggest, serve, eval, stats, check, backup, restore.
/// The benchmarks are a program of their own (tools/PolicySearch.Benchmarks).
/// </summary>
public static class PolicySearchCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var interruption = new ConsoleInterruption();
        var commandLine = ConfigurationArguments.Take(args);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("policysearch");
            config.Settings.StrictParsing = true;
            config.Settings.CancellationExitCode = ExitCodes.Interrupted;
            config.SetExceptionHandler((exception, _) => CliErrors.Report(exception, AnsiConsole.Console, ConfigurationArguments.HintFor(commandLine)));
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import JSON Lines archives (plain or .gz) into the index, replacing documents by id.")
                .WithExample("import", "samples/archive.jsonl.gz")
                .WithExample("import", "/data/archives/laws.jsonl.gz", "/data/archives/policies.jsonl.gz", "--index", "/data/index");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("Search the index and print ranked results with snippets.")
                .WithExample("search", "营商环境")
                .WithExample("search", "\"法治政府\"", "--top", "5", "--json");
            config.AddCommand<SuggestCommand>("suggest")
                .WithDescription("Complete a prefix to document titles and issuers, as the search box does.")
                .WithExample("suggest", "行政复议")
                .WithExample("suggest", "国务院", "--size", "5", "--json");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the search page and HTTP API; builds an empty index from samples/ first.")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://0.0.0.0:8080");
            config.AddCommand<CrawlCommand>("crawl")
                .WithDescription("Crawl a site (crawler-config/SITE.json) or every site (--all) into the index; resumes an interrupted crawl.")
                .WithExample("crawl", "crawler-config/sample-site.json")
                .WithExample("crawl", "--all", "--max-pages", "200");
            config.AddCommand<ReextractCommand>("reextract")
                .WithDescription("Re-run extraction over a site's stored pages and attachments (after a selector fix or an upgrade) without fetching.")
                .WithExample("reextract", "sample-site");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Print the text the crawler indexes for attachment files (any format it reads), or with --repeat N how long each takes.")
                .WithExample("extract", "notice.wps")
                .WithExample("extract", "tests/TestData/crawler/attachments/notice.doc", "--repeat", "20");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Judged relevance (MRR@10, nDCG@10, P@10, success@1/@3/@10, zero results) per query kind on the index.")
                .WithExample("eval", "samples/judgments.tsv", "--index", "/tmp/eval-index")
                .WithExample("eval", "samples/questions.tsv", "--index", "/tmp/full", "--system", "baseline");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check the index with Lucene's CheckIndex; --fix drops broken segments (no writer may hold the index).")
                .WithExample("check")
                .WithExample("check", "--fix", "--yes", "--index", "/data/index");
            config.AddCommand<BackupCommand>("backup")
                .WithDescription("Copy the newest commit to DIR with a verified manifest, while serve, import or crawl keep running.")
                .WithExample("backup", "/backups/index-2024-05-01");
            config.AddCommand<RestoreCommand>("restore")
                .WithDescription("Restore a backup into the index directory (refused if it holds an index, unless --force, or is being written).")
                .WithExample("restore", "/backups/index-2024-05-01", "--index", "/data/index");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription("Print document count, size on disk, schema version and last commit time.");
        });
        return await app.RunAsync(commandLine, interruption.Token);
    }
}
