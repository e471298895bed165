using PolicySearch.Api;
using PolicySearch.Engine.Analysis;
using PolicySearch.Hosting.Logging;
using Serilog;

Log.Logger = PolicySearchLogging.CreateBootstrapLogger();
AnalysisWarmUp.StartInBackground();
try
{
    var app = PolicySearchWebApp.Build(args);
    await PolicySearchWebApp.PrepareIndexAsync(app);
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The PolicySearch web app failed to start or stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible so that tests can start the app with WebApplicationFactory&lt;Program&gt;.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "WebApplicationFactory<Program> in the tests needs it.")]
public partial class Program;
