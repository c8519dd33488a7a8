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
        $"Microsoft 365 báo lỗi khi {task}: {status} {code} {message}".TrimEnd() + ".";

    public static string UploadFailed(string task) =>
        $"Tải tệp lên Microsoft 365 bị gián đoạn khi {task} và không nối lại được. Hãy thử lại.";
}
