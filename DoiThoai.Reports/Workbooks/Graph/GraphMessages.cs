using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>Every Vietnamese message of the Microsoft 365 workbook access, in one place so a teacher can review the wording.</summary>
internal static class GraphMessages
{
    public static string BadBaseUrl(string url) =>
        $"Địa chỉ Microsoft Graph '{url}' không hợp lệ: cần một địa chỉ https đầy đủ, ví dụ https://graph.microsoft.com/v1.0.";

    public static string PlainHttpRefused(string url) =>
        $"Từ chối địa chỉ Microsoft Graph '{url}': http không mã hoá chỉ được dùng với máy này (127.0.0.1, localhost); hãy dùng https.";

    public static string CredentialRequired(Uri url) =>
        $"Cần đăng nhập để dùng Microsoft Graph tại '{url}': chọn cách đăng nhập (--auth device-code, client-secret hoặc certificate).";

    public const string OnBehalfOfNeedsUserToken =
        "Cách đăng nhập thay mặt người dùng (on-behalf-of) chỉ dùng được trong máy chủ add-in, với mã đăng nhập của người dùng.";

    public const string TenantAndClientRequired =
        "Thiếu mã tổ chức (--tenant) hoặc mã ứng dụng (--client-id) của ứng dụng đã đăng ký trong Microsoft Entra ID.";

    public const string SecretMissing =
        "Chưa có khoá bí mật của ứng dụng: đặt biến môi trường " + GraphConnectionOptions.ClientSecretVariable + " (không ghi khoá vào dòng lệnh).";

    public const string CertificateMissing = "Cách đăng nhập bằng chứng chỉ cần đường dẫn tệp .pfx (--certificate).";

    public const string NotACertificate = "tệp không phải chứng chỉ .pfx đọc được, hoặc mật khẩu không đúng";

    public static string CertificateUnreadable(string path, string reason) =>
        $"Không đọc được chứng chỉ '{path}': {reason}. Nếu tệp có mật khẩu, đặt biến môi trường {GraphConnectionOptions.CertificatePasswordVariable}.";

    public static string BadSharingLink(string url) =>
        $"Liên kết chia sẻ '{url}' không hợp lệ: cần một địa chỉ https của OneDrive hoặc SharePoint.";

    public static string WorkbookNotFound(string workbook) =>
        $"Không tìm thấy sổ tổng hợp ý kiến ({workbook}) trên OneDrive/SharePoint, hoặc tài khoản không được chia sẻ tệp này.";

    public static string SheetNotFound(string workbook) =>
        $"Sổ tổng hợp ({workbook}) không có trang tính '{WorkbookLayout.SubmissionsSheet}'.";

    public static string TableNotFound(string workbook) =>
        $"Sổ tổng hợp ({workbook}) không có bảng '{WorkbookLayout.SubmissionsTable}' trên trang tính '{WorkbookLayout.SubmissionsSheet}', nên không thêm được dòng mới.";

    public static string Busy(string workbook) =>
        $"Microsoft 365 đang bận hoặc tạm thời không phản hồi khi làm việc với sổ tổng hợp ({workbook}); đã thử lại nhiều lần không được. Hãy thử lại sau ít phút.";

    public static string Unreachable(string workbook, string reason) =>
        $"Không kết nối được với Microsoft 365 để mở sổ tổng hợp ({workbook}): {reason}. Kiểm tra mạng rồi thử lại.";

    public static string SignInFailed(string reason) =>
        $"Đăng nhập Microsoft 365 không thành công: {reason}";

    public static string Unauthorized(string workbook) =>
        $"Microsoft 365 không chấp nhận đăng nhập khi mở sổ tổng hợp ({workbook}): phiên đăng nhập hết hạn hoặc ứng dụng chưa được cấp quyền.";

    public static string Forbidden(string workbook) =>
        $"Tài khoản hoặc ứng dụng không có quyền với sổ tổng hợp ({workbook}): cần quyền đọc và ghi tệp (Files.ReadWrite.All hoặc Sites.ReadWrite.All).";

    public static string GraphError(string workbook, int status, string? code, string? message) =>
        $"Microsoft 365 báo lỗi khi làm việc với sổ tổng hợp ({workbook}): {Microsoft365.Microsoft365Messages.Answer(status, code, message)}";

    public static string NoSession(string workbook) =>
        $"Microsoft 365 nhận yêu cầu mở sổ tổng hợp ({workbook}) để ghi nhưng không trả về phiên làm việc; chưa ghi gì. Hãy thử lại.";

    public static string MissingColumns(string sheet, IEnumerable<string> headers) =>
        $"Trang tính '{sheet}' thiếu cột: {string.Join(", ", headers)}.";

    public static string EmptySheet(string sheet) => $"Trang tính '{sheet}' chưa có dòng tiêu đề.";

    public static string IdDuplicated(string id, IEnumerable<string> cells) =>
        $"Mã ý kiến {id} xuất hiện nhiều lần ({string.Join(", ", cells)}); không ghi để tránh ghi nhầm dòng.";

    public static string NotConfirmed(string id) =>
        $"Đã gửi nội dung cho mã ý kiến {id} nhưng đọc lại không thấy đúng như đã ghi (có thể ai đó vừa sửa hoặc sắp xếp sổ); chưa coi là đã lưu, hãy thử lại.";

    public static string NotWritten(string id, string reason) => $"Chưa lưu mã ý kiến {id}: {reason}";

    public static string Skipped(string id) => $"Chưa lưu mã ý kiến {id}: dừng ghi vì lỗi ở ý kiến trước.";
}
