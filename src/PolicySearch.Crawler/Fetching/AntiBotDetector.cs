using System.Text;

namespace PolicySearch.Crawler.Fetching;

/// <summary>Recognises anti-bot answers: HTTP 412 and JavaScript/cookie challenge pages of the WAFs government sites use.</summary>
public static class AntiBotDetector
{
    private const int ChallengePageMaxBytes = 32 * 1024;

    private static readonly string[] Markers =
    [
        "__jsl_clearance", "acw_sc__v2", "_waf_", "wzws", "__tst_status", "challenge-platform", "cf-chl-",
        "安全验证", "访问验证", "滑动验证", "人机验证", "请开启JavaScript", "请启用JavaScript", "访问过于频繁",
    ];

    /// <summary>Returns the reason when the answer is a challenge, else null.</summary>
    public static string? Detect(int statusCode, ContentKind kind, byte[]? body)
    {
        if (statusCode == 412)
        {
            return "HTTP 412 (anti-bot precondition challenge)";
        }

        if (kind != ContentKind.Html || body is null || body.Length > ChallengePageMaxBytes || statusCode is not (200 or 202 or 403 or 503 or 521))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        var marker = Markers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
        return marker is null ? null : $"challenge page (marker '{marker}', HTTP {statusCode})";
    }
}
