using System.Net.Http;
using System.Text.RegularExpressions;
using Azure.Identity;

namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// Why a call to Microsoft 365 did not get through, said in Vietnamese: the system's text ("Connection refused
/// (graph.microsoft.com:443)") never goes inside a Vietnamese line; it stays in the inner exception, for the log.
/// </summary>
public static partial class NetworkErrors
{
    [GeneratedRegex(@"AADSTS(\d+)")]
    private static partial Regex EntraCode();

    public static string Describe(Exception ex) => ex switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "không tìm thấy máy chủ (tên miền không phân giải được)",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "không mở được kết nối tới máy chủ",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "kết nối bảo mật (TLS) không thành công",
        HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError } => "máy chủ proxy không cho kết nối đi qua",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse } => "máy chủ ngắt kết nối giữa chừng",
        HttpRequestException => "kết nối mạng bị lỗi",
        TaskCanceledException => "quá thời gian chờ mà máy chủ không trả lời",
        IOException => "kết nối mạng bị ngắt giữa chừng",
        _ => "kết nối mạng bị lỗi",
    };

    /// <summary>
    /// Why Microsoft Entra ID refused the sign-in, in Vietnamese: its error code (<c>AADSTS7000215</c>), which the school's
    /// administrator looks up, without Microsoft's English sentence around it.
    /// </summary>
    public static string DescribeSignIn(AuthenticationFailedException ex) =>
        EntraCode().Match(ex.ToString()) is { Success: true } code
            ? $"Microsoft Entra ID từ chối, mã lỗi {code.Value} (quản trị viên tra mã này tại https://login.microsoftonline.com/error?code={code.Groups[1].Value})."
            : "Microsoft Entra ID không cấp được quyền truy cập; kiểm tra mã tổ chức, mã ứng dụng và khoá bí mật hoặc chứng chỉ.";
}
