using PolicySearch.Benchmarks;

return await BenchmarksCli.RunAsync(args);
