using Lucene.Net.Analysis.Cn.Smart;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

public sealed class SmartCnDataTests
{
    [Fact]
    public void The_embedded_dictionaries_are_used_even_when_a_stray_smartcn_data_folder_exists()
    {
        // An empty smartcn-data folder beside the program would otherwise break SmartCn for the process.
        var stray = Path.Combine(AppContext.BaseDirectory, "smartcn-data");
        Directory.CreateDirectory(stray);
        try
        {
            var words = AnalysisProbe.Terms(PolicyAnalyzers.Index, IndexFields.Body, "中华人民共和国国务院");

            Assert.Equal(string.Empty, AnalyzerProfile.ANALYSIS_DATA_DIR);
            Assert.Equal(["中华人民共和国", "国务院"], words);
        }
        finally
        {
            Directory.Delete(stray);
        }
    }
}
