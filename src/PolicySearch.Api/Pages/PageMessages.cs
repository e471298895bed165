using PolicySearch.Api.Errors;
using PolicySearch.Core.Errors;

namespace PolicySearch.Api.Pages;

/// <summary>The Chinese heading the page shows above an error's own message, by error code.</summary>
internal static class PageMessages
{
    public static string HeadingFor(string code) => code switch
    {
        ErrorCodes.QueryEmpty => "请输入检索词",
        ErrorCodes.QueryNoContent => "请说明要查的事项",
        ErrorCodes.QueryTooLong => "检索词太长",
        ErrorCodes.QuerySyntax => "检索式有误",
        ErrorCodes.DocumentNotFound => "没有找到这份文件",
        ApiErrorCodes.UnknownParameter or ApiErrorCodes.RepeatedParameter => "网址中的参数有误",
        _ when code.StartsWith("paging.", StringComparison.Ordinal) => "页码或每页条数有误",
        _ when ErrorStatusTable.StatusOf(code) == StatusCodes.Status503ServiceUnavailable => "检索服务暂时不可用",
        _ => "请求有误",
    };
}
