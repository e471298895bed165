using PolicySearch.Core.Documents;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>The small corpus every API test searches: hand-written, with the markup and scripts a crawl can bring in.</summary>
public static class TestDocuments
{
    public static readonly PolicyDocument RuleOfLaw = new()
    {
        Id = "doc-rule-of-law",
        Title = "国务院关于加强法治政府建设的意见",
        Body = "# 一、总体要求\n法治政府建设是全面依法治国的重点任务和主体工程。各地区各部门要坚持依法行政，加快建设法治政府。\n"
            + "## （一）指导思想\n推进法治政府建设，把政府工作全面纳入法治轨道。\n\n# 二、主要任务\n健全依法决策机制，严格规范公正文明执法。",
        Url = "https://www.gov.cn/zhengce/content/2021-01/08/content_0001.htm",
        DocumentNumber = "国发〔2021〕1号",
        IndexNumber = "000014349/2021-00001",
        Issuer = "国务院",
        Topic = "政府工作",
        Category = "国务院文件",
        WrittenDate = new DateOnly(2021, 1, 4),
        PublishedDate = new DateOnly(2021, 1, 8),
        EffectiveDate = new DateOnly(2021, 1, 8),
        Validity = Validity.Valid,
        ValidityText = "有效",
        Source = "中国政府网",
    };

    public static readonly PolicyDocument Markup = new()
    {
        Id = "doc-markup",
        Title = "关于印发《网络安全审查办法》的通知<img src=x onerror=alert(1)>",
        Body = "网络安全审查办法自发布之日起施行。网页中出现的<script>alert(1)</script>等代码应当过滤，<b>加粗</b>标记不得生效。\n"
            + "# 第一章 总则\n为了确保关键信息基础设施供应链安全，维护国家安全，制定本办法。",
        Url = "javascript:alert(1)",
        DocumentNumber = "国信办〔2021〕8号",
        Issuer = "国家互联网信息办公室",
        PublishedDate = new DateOnly(2021, 12, 28),
        Validity = Validity.Amended,
        Source = "网信办",
    };

    public static readonly PolicyDocument Traditional = new()
    {
        Id = "doc-traditional",
        Title = "香港特別行政區關於數據安全的公告",
        Body = "為加強數據安全管理，保障個人資料，現公告如下。",
        Issuer = "香港特別行政區政府",
        PublishedDate = new DateOnly(2019, 6, 1),
        Validity = Validity.Repealed,
    };

    public static readonly PolicyDocument SmallBusiness = new()
    {
        Id = "doc-small-business",
        Title = "关于促进中小企业健康发展的若干措施",
        Body = "支持中小企业创新发展，优化营商环境，加大财税金融支持力度。",
        Issuer = "工业和信息化部",
        PublishedDate = new DateOnly(2026, 1, 1),
        Validity = Validity.NotYetEffective,
    };

    public static readonly PolicyDocument Ecology = new()
    {
        Id = "doc-ecology",
        Title = "生态环境保护条例",
        Body = "保护和改善生态环境，防治污染和其他公害，推进生态文明建设。",
    };

    public static readonly PolicyDocument LegalPublicity = new()
    {
        Id = "doc-legal-publicity",
        Title = "关于开展法治宣传教育的第八个五年规划",
        Body = "深入开展法治宣传教育，各级政府要推动全民守法，建设社会主义法治国家。",
        Issuer = "中共中央宣传部",
        PublishedDate = new DateOnly(2021, 6, 15),
        Validity = Validity.Valid,
    };

    public static readonly PolicyDocument Education = new()
    {
        Id = "doc-education",
        Title = "教育部关于深化教育教学改革的通知",
        Body = "深化教育教学改革，全面提高教育质量。",
        Issuer = "教育部",
        PublishedDate = new DateOnly(2020, 3, 2),
        Validity = Validity.Valid,
    };

    public static readonly PolicyDocument Privacy = new()
    {
        Id = "doc-privacy",
        Title = "关于加强个人信息保护的规定",
        Body = "加强个人信息保护，规范个人信息处理活动，促进个人信息合理利用。",
        Url = "http://www.example.gov.cn/privacy.html",
        Issuer = "国家市场监督管理总局",
        PublishedDate = new DateOnly(2022, 9, 1),
        Validity = Validity.Valid,
    };

    /// <summary>An earlier version of <see cref="Privacy"/>: the same title.</summary>
    public static readonly PolicyDocument PrivacyEarlier = new()
    {
        Id = "doc-privacy-2019",
        Title = "关于加强个人信息保护的规定",
        Body = "加强个人信息保护，规范个人信息处理活动。",
        Issuer = "国家市场监督管理总局",
        PublishedDate = new DateOnly(2019, 5, 1),
        Validity = Validity.Amended,
    };

    /// <summary>
    /// Cites <see cref="RuleOfLaw"/> by title and 文号, <see cref="Markup"/> by its title with markup, and two titles the
    /// index does not hold (one of them with a script tag).
    /// </summary>
    public static readonly PolicyDocument Implementation = new()
    {
        Id = "doc-implementation",
        Title = "司法部关于贯彻实施有关文件的通知",
        Body = "各部门要认真贯彻《国务院关于加强法治政府建设的意见》（国发〔2021〕1号），落实"
            + "《关于印发〈网络安全审查办法〉的通知<img src=x onerror=alert(1)>》，并参照《关于<script>alert(1)</script>的规定》。",
        Issuer = "司法部",
        PublishedDate = new DateOnly(2022, 1, 10),
        Validity = Validity.Valid,
    };

    public static IReadOnlyList<PolicyDocument> All { get; } =
        [RuleOfLaw, Markup, Traditional, SmallBusiness, Ecology, LegalPublicity, Education, Privacy, PrivacyEarlier, Implementation];
}
