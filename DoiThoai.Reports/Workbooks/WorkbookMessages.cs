using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>Vietnamese messages about opening, reading and writing workbook files, in one place for review.</summary>
public static class WorkbookMessages
{
    public static string FileNotFound(string path) => $"Không tìm thấy tệp sổ tổng hợp '{path}'.";

    public static string NotAnXlsx(string path) => $"Tệp '{path}' không phải sổ Excel (.xlsx) hợp lệ hoặc đã bị hỏng.";

    public static string Unreadable(string path, string reason) => $"Không đọc được tệp '{path}': {reason}";

    public static string InUse(string path) => $"Tệp '{path}' đang được mở hoặc bị khóa (đóng Excel rồi thử lại).";

    public static string NoSheet(string path) => $"Sổ '{path}' không có trang tính nào.";

    public static string IdNotFound(string id) => $"Không tìm thấy mã ý kiến {id} trong sổ.";

    public static string IdAlreadyExists(string id) => $"Mã ý kiến {id} đã có trong sổ; không thêm lần nữa.";

    public static string MissingColumns(string columns) => $"Trang tính thiếu cột cần để ghi: {columns}.";

    public static string TextTooLong(string id) => $"Câu trả lời của ý kiến {id} dài quá {WorkbookLayout.MaxCellText:N0} ký tự, Excel không chứa được.";

    public static string NotConfirmed(string id) => $"Đã ghi ý kiến {id} nhưng đọc lại không khớp; tệp gốc được giữ nguyên.";

    public static string Busy(string path) => $"Sổ '{path}' đang được ghi bởi một người hoặc lệnh khác và chưa xong; thử lại sau ít phút.";

    public static string OpenInEditor(string path, string ownerFile) =>
        $"Sổ '{path}' đang được mở để sửa trong Excel hoặc LibreOffice (thấy tệp '{Path.GetFileName(ownerFile)}'); lưu và đóng sổ rồi thử lại, để lần lưu sau của chương trình đó không xoá mất câu trả lời. Nếu không ai mở sổ, xoá tệp ẩn '{Path.GetFileName(ownerFile)}' ở cùng thư mục với sổ (do chương trình đó bị tắt đột ngột để lại).";

    public static string FolderNotWritable(string path) => $"Không có quyền ghi vào thư mục của sổ '{path}'.";

    public static string NotWritten(string path, string reason) => $"Không ghi được vào sổ '{path}': {reason} Sổ vẫn giữ nguyên như trước lần ghi này; xử lý rồi thử lại.";

    public static string ChangedWhileWriting(string path) => $"Sổ '{path}' liên tục được một chương trình khác lưu trong lúc ghi, nên chưa ghi gì để không đè lên phần họ vừa lưu; đóng các chương trình đang mở sổ rồi thử lại.";

    public static string AlreadyExists(string path) => $"Tệp '{path}' đã có; dùng --force để ghi đè (sổ đang dùng sẽ mất dữ liệu).";
}
