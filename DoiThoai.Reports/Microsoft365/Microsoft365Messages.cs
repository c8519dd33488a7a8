namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// The Vietnamese messages for Microsoft 365 failures shared by mail, calendar and document storage, in one place so
/// a teacher can review the wording. <c>task</c> is what was being done, e.g. <c>tạo thư nháp trong Outlook</c>.
/// </summary>
internal static class Microsoft365Messages
{
    public static string Busy(string task) =>
        $"Microsoft 365 đang bận hoặc tạm thời không phản hồi khi {task}; đã thử lại nhiều lần không được. Hãy thử lại sau ít phút.";

    public static string Unreachable(string task, string reason) =>
        $"Không kết nối được với Microsoft 365 khi {task}: {reason}. Kiểm tra mạng rồi thử lại.";

    public static string SignInAgain(string task) =>
        $"Microsoft 365 cần thầy cô đăng nhập lại (hoặc xác thực thêm, hoặc đồng ý cấp quyền) trước khi {task}.";

    public static string SignInFailed(string reason) => $"Đăng nhập Microsoft 365 không thành công: {reason}";

    public static string Forbidden(string task, string permission) =>
        $"Tài khoản hoặc ứng dụng không có quyền {task}: cần quyền {permission} (quản trị viên cấp trong Microsoft Entra ID).";

    public static string NotFound(string task) =>
        $"Microsoft 365 không tìm thấy nơi cần ghi khi {task} (thư mục, hộp thư hoặc lịch không có, hoặc chưa được chia sẻ với tài khoản này).";

    public static string Error(string task, int status, string? code, string? message) =>
        $"Microsoft 365 báo lỗi khi {task}: {Answer(status, code, message)}";

    /// <summary>
    /// What the service answered, for a teacher first and the IT staff second: a Vietnamese reading of the HTTP status
    /// (the statuses of the workbook API's documented error table), then the service's own code and English text,
    /// quoted on one line and cut short (it comes from the network: a newline in it would forge a line of output).
    /// </summary>
    public static string Answer(int status, string? code, string? message)
    {
        var detail = string.Join(' ', (message ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (detail.Length > MaxDetail)
        {
            detail = detail[..MaxDetail] + "…";
        }

        var said = string.Join(' ', new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), code, detail.Length > 0 ? $"\"{detail}\"" : null }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return $"{Meaning(status)}. Chi tiết cho cán bộ tin học: {said}.";
    }

    private const int MaxDetail = 300;

    private static string Meaning(int status) => status switch
    {
        400 => "yêu cầu bị từ chối vì không hợp lệ",
        405 or 501 => "Microsoft 365 không hỗ trợ thao tác này (với sổ tổng hợp: sổ phải là tệp .xlsx trên OneDrive hoặc SharePoint)",
        409 or 412 or 423 => "tệp hoặc mục cần ghi đang bị khoá, hoặc vừa bị người khác thay đổi cùng lúc; hãy thử lại sau ít phút",
        413 => "dữ liệu gửi lên quá lớn so với giới hạn của Microsoft 365",
        >= 500 and < 600 => "máy chủ Microsoft 365 gặp lỗi; hãy thử lại sau ít phút",
        _ => "lỗi không lường trước",
    };

    public static string UploadFailed(string task) =>
        $"Tải tệp lên Microsoft 365 bị gián đoạn khi {task} và không nối lại được. Hãy thử lại.";
}
