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

    public static string IsFolder(string path) => $"'{path}' là một thư mục, không phải tệp sổ tổng hợp (.xlsx).";

    public static string NotOrdinaryFile(string path) =>
        $"'{path}' trống hoặc không phải tệp thường (ống dẫn FIFO, thiết bị như /dev/zero, /dev/stdin); chỉ ra tệp .xlsx đã lưu trên máy.";

    public static string FileTooLarge(string path, long bytes) =>
        $"Tệp '{path}' nặng {Megabytes(bytes)}, quá giới hạn {Megabytes(WorkbookLimits.MaxFileBytes)} của một sổ tổng hợp; đây không phải sổ ý kiến thông thường.";

    public static string TooManyEntries(string path, int entries) =>
        $"Tệp '{path}' chứa {entries:N0} phần nén, quá giới hạn {WorkbookLimits.MaxPackageEntries:N0}; tệp không phải sổ Excel thông thường hoặc đã bị hỏng.";

    public static string PartTooLarge(string path, string part, long maxBytes, long? bytes = null) =>
        $"Phần '{part}' của tệp '{path}' giải nén ra {(bytes is { } b ? Megabytes(b) : "hơn " + Megabytes(maxBytes))}, quá giới hạn {Megabytes(maxBytes)}; tệp không phải sổ Excel thông thường (có thể là tệp nén độc hại) nên không được đọc.";

    public static string MarkupTooLong(string path, string part) =>
        $"Phần '{part}' của tệp '{path}' có một thẻ XML dài hơn {Megabytes(WorkbookLimits.MaxMarkupBytes)}; Excel không bao giờ ghi như vậy, tệp không được đọc.";

    public static string TooManySharedStrings(string path) =>
        $"Bảng chuỗi dùng chung của tệp '{path}' có hơn {WorkbookLimits.MaxSharedStrings:N0} chuỗi, quá giới hạn; tệp không được đọc.";

    public static string SharedStringsTooLong(string path) =>
        $"Bảng chuỗi dùng chung của tệp '{path}' chứa hơn {WorkbookLimits.MaxSharedStringChars:N0} ký tự, quá giới hạn; tệp không được đọc.";

    public static string RowBeyondLimit(string path, string sheet, long row) =>
        $"Trang '{sheet}' của tệp '{path}' có dòng số {row:N0} (ô {sheet}!A{row}), quá giới hạn {WorkbookLimits.MaxRows:N0} dòng của Excel; tệp không phải do Excel ghi hoặc đã bị hỏng.";

    public static string ColumnBeyondLimit(string path, string sheet, string cell) =>
        $"Trang '{sheet}' của tệp '{path}' có ô {sheet}!{cell} nằm ngoài cột XFD, quá giới hạn {WorkbookLimits.MaxColumns:N0} cột của Excel; tệp không phải do Excel ghi hoặc đã bị hỏng.";

    public static string TooManyMergedAreas(string path, string sheet) =>
        $"Trang '{sheet}' của tệp '{path}' có hơn {WorkbookLimits.MaxMergedAreas:N0} vùng ô gộp (merge), quá giới hạn; bỏ gộp ô rồi thử lại.";

    public static string MergedAreasOverlap(string path, string sheet) =>
        $"Trang '{sheet}' của tệp '{path}' có các vùng ô gộp (merge) chồng lên nhau trên quá nhiều ô; Excel không cho phép như vậy, tệp không được đọc.";

    public static string TooLargeToRead(string path) =>
        $"Tệp '{path}' quá lớn để đọc với bộ nhớ hiện có; tệp không phải sổ ý kiến thông thường hoặc đã bị hỏng.";

    /// <summary>Why a cell reads as <see cref="SheetCellKind.Unreadable"/>: its value is not a number.</summary>
    public static string NotANumber(string raw) => $"giá trị '{Shorten(raw)}' không phải là số";

    public static string NotABoolean(string raw) => $"giá trị '{Shorten(raw)}' không phải đúng/sai";

    public static string UnknownCellType(string type) => $"kiểu ô '{Shorten(type)}' không rõ";

    public static string MissingSharedString(string raw) => $"ô trỏ tới chuỗi dùng chung số '{Shorten(raw)}' không có trong tệp";

    public const string RowTextTooLong = "dòng này chứa quá nhiều chữ, ô này không được đọc";

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 * 1024
        ? $"{bytes / (1024.0 * 1024 * 1024):0.#} GB"
        : $"{Math.Max(1, bytes / (1024 * 1024)):N0} MB";
}
