using System.Text;
using Lucene.Net.Index;
using PolicySearch.Core.Maintenance;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Maintenance;

/// <summary>One full CheckIndex pass: the Lucene status (needed by FixIndex) and its report.</summary>
internal sealed class CheckIndexRun
{
    private CheckIndexRun(CheckIndex checker, CheckIndex.Status status, IndexCheckReport report)
    {
        Checker = checker;
        Status = status;
        Report = report;
    }

    public CheckIndex Checker { get; }

    public CheckIndex.Status Status { get; }

    public IndexCheckReport Report { get; }

    public static CheckIndexRun Run(LuceneDirectory directory, string path)
    {
        var output = new StringBuilder();
        using var infoStream = new StringWriter(output, System.Globalization.CultureInfo.InvariantCulture);
        var checker = new CheckIndex(directory) { InfoStream = infoStream };
        var status = checker.DoCheckIndex();
        infoStream.Flush();
        return new CheckIndexRun(checker, status, CheckOutput.ToReport(status, output.ToString(), path));
    }
}
