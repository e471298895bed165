using PolicySearch.Cli;

return await PolicySearchCli.RunAsync(args);
