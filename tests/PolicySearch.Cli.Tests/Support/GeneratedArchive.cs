namespace PolicySearch.Cli.Tests.Support;

/// <summary>Archives of documents whose bodies are seeded pseudo-random Chinese text, so they compress poorly.</summary>
internal static class GeneratedArchive
{
    private const string Characters = "国务院关于进一步优化营商环境更好服务市场主体的实施意见各级人民政府应当依法履行职责推进政务公开建设法治政府加强监督管理完善制度机制保障权益促进发展";

    /// <param name="payloadBytes">Random bytes stored (base64) in each document's extra object: disk use without analysis cost.</param>
    public static string Write(string path, string idPrefix, int count, int bodyLength, int seed, int payloadBytes = 0)
    {
        var random = new Random(seed);
        return Archives.Write(path, Enumerable.Range(0, count).Select(i =>
        {
            var body = new string([.. Enumerable.Range(0, bodyLength).Select(_ => Characters[random.Next(Characters.Length)])]);
            var line = Archives.Line($"{idPrefix}-{i}", $"生成文件{idPrefix}{i}", body);
            var payload = new byte[payloadBytes];
            random.NextBytes(payload);
            return payloadBytes == 0 ? line : line.Replace("\"extra\":null", $"\"extra\":{{\"payload\":\"{Convert.ToBase64String(payload)}\"}}", StringComparison.Ordinal);
        }));
    }
}
