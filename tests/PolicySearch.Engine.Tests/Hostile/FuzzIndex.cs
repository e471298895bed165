using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>A handful of documents covering every field the query language reaches.</summary>
public sealed class FuzzIndex : IDisposable
{
    private readonly TestIndex _index = new(
        TestIndex.Document("fuzz-1", "国务院关于加强法治政府建设的意见", "法治政府建设是全面依法治国的重点任务。", "国发〔2021〕1号"),
        TestIndex.Document("fuzz-2", "关于加强个人信息保护的规定", "加强个人信息保护，规范个人信息处理活动。", "国办发〔2022〕3号"),
        TestIndex.Document("fuzz-3", "香港特別行政區關於數據安全的公告", "為加強數據安全管理，保障個人資料。"),
        TestIndex.Document("fuzz-4", "Education policy 教育部关于深化教育教学改革的通知", "深化教育教学改革，全面提高教育质量。Law and policy."));

    public PolicyIndexReader Reader => _index.Reader;

    public void Dispose() => _index.Dispose();
}
