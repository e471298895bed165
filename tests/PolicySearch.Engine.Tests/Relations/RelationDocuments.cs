using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Tests.Relations;

/// <summary>
/// A small corpus of references: A cites 《B》 and C's 文号; B exists in two versions (2015 amended, 2021 in force);
/// an older document cites B when only the 2015 version existed; an undated one cites it too.
/// </summary>
internal static class RelationDocuments
{
    public const string BTitle = "中华人民共和国示范管理法";

    public static readonly PolicyDocument A = Dated(
        "a", "关于贯彻落实示范管理工作的通知", new DateOnly(2022, 6, 1),
        "各地区要认真贯彻《示范管理法》和《国务院关于示范工作的意见》（国发〔2021〕1号），并参照《尚未收录的规定》执行。");

    public static readonly PolicyDocument B2015 = Dated("b-2015", BTitle, new DateOnly(2015, 1, 1), "为了规范示范管理活动，制定本法。", Validity.Amended);

    public static readonly PolicyDocument B2021 = Dated("b-2021", BTitle, new DateOnly(2021, 1, 1), "为了规范示范管理活动，保护当事人权益，制定本法。");

    public static readonly PolicyDocument C = Dated(
        "c", "国务院关于示范工作的意见", new DateOnly(2021, 1, 8), "推进示范工作高质量发展。", documentNumber: "国发〔2021〕1号");

    public static readonly PolicyDocument Old = Dated("old", "示范管理实施细则", new DateOnly(2018, 3, 1), "根据《中华人民共和国示范管理法》，制定本细则。");

    public static readonly PolicyDocument Undated = new()
    {
        Id = "undated",
        Title = "示范管理问答",
        Body = "《示范管理法》规定了示范管理的基本制度；另见国发[2021]1号。",
    };

    public static readonly PolicyDocument[] All = [A, B2015, B2021, C, Old, Undated];

    public static PolicyDocument Dated(
        string id, string title, DateOnly published, string body, Validity validity = Validity.Valid, string? documentNumber = null) => new()
    {
        Id = id,
        Title = title,
        Body = body,
        PublishedDate = published,
        Validity = validity,
        DocumentNumber = documentNumber,
    };
}
