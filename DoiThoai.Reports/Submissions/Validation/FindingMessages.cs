using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Sheets;
using NodaTime;

namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>
/// Every Vietnamese message of the sheet reader, in one place so a teacher can review the wording.
/// Column names are the template's headers.
/// </summary>
public static class FindingMessages
{
    private static string Header(SubmissionColumn column) => WorkbookLayout.Definition(column).Header;

    private static string Quote(string value) => value.Length <= 60 ? $"'{value}'" : $"'{value[..57]}...'";

    public static string MissingColumns(IEnumerable<SubmissionColumn> columns) =>
        $"Dòng tiêu đề thiếu cột bắt buộc: {string.Join(", ", columns.Select(Header))}. Thêm các cột này (tên cột có thể viết không dấu) rồi kiểm tra lại.";

    public const string EmptySheet = "Trang tính không có dòng nào: cần dòng tiêu đề và các dòng ý kiến.";

    public static string DuplicateId(string id, string firstAddress) =>
        $"Mã ý kiến {Quote(id)} trùng với dòng {firstAddress}; mỗi ý kiến cần một mã riêng.";

    public static string EmptyValue(SubmissionColumn column) => $"Ô '{Header(column)}' còn trống (bắt buộc).";

    public const string EmptyContent = "Nội dung ý kiến, kiến nghị còn trống.";

    public static string ErrorCell(SubmissionColumn column, string error) =>
        $"Ô '{Header(column)}' đang báo lỗi {error} (thường do công thức); nhập lại giá trị.";

    public static string Unreadable(SubmissionColumn column, string reason) =>
        $"Ô '{Header(column)}' không đọc được ({reason}); nhập lại giá trị.";

    public static string TooManyRows(int firstUnread, int unread) =>
        $"Trang tính có hơn {WorkbookLimits.MaxDataRows:N0} dòng ý kiến, quá giới hạn; {unread:N0} dòng từ dòng {firstUnread:N0} trở đi không được kiểm tra. Chuyển các ý kiến cũ sang sổ khác.";

    public static string TooMuchText(int firstUnread, int unread) =>
        $"Các dòng ý kiến chứa hơn {WorkbookLimits.MaxKeptTextChars:N0} ký tự, quá giới hạn; {unread:N0} dòng từ dòng {firstUnread:N0} trở đi không được kiểm tra.";

    public static string OtherSheetRows(string sheet, string mainSheet, int rows) =>
        $"Trang '{sheet}' cũng có dòng tiêu đề của sổ ý kiến và {rows:N0} dòng bên dưới; các dòng này không được đọc (chỉ đọc trang '{mainSheet}'). Chuyển chúng sang trang '{mainSheet}' nếu là ý kiến cần xử lý.";

    public static string TextTooLong(SubmissionColumn column, long length) =>
        $"Ô '{Header(column)}' dài {length:N0} ký tự, quá giới hạn {WorkbookLayout.MaxCellText:N0} ký tự của Excel.";

    public static string ContentTooLong(int length) =>
        $"Nội dung dài {length:N0} ký tự (quá {SubmissionLimits.ContentLength:N0}); nên tóm tắt để đưa vào biên bản.";

    public static string UnknownTopic(string value) => $"Chủ đề {Quote(value)} không có trong danh mục chủ đề (trang DanhMuc).";

    public static string UnknownClass(string value, Cohort cohort, bool belongsToOtherCohort) => cohort == Cohort.Day
        ? $"Lớp {Quote(value)} không có trong danh sách lớp của trường" + (belongsToOtherCohort ? "; đây là phòng bán trú, hãy chọn đối tượng 'Bán trú'." : ".")
        : $"Phòng bán trú {Quote(value)} không có trong danh sách phòng" + (belongsToOtherCohort ? "; đây là tên lớp, hãy chọn đối tượng 'Học sinh khác' hoặc ghi phòng." : ".");

    public static string UnknownCohort(string value) =>
        $"Đối tượng {Quote(value)} không hợp lệ; chọn '{SubmissionLabels.Cohorts[Cohort.Day]}' hoặc '{SubmissionLabels.Cohorts[Cohort.SemiBoarding]}'.";

    public static string UnknownStatus(string value) =>
        $"Trạng thái {Quote(value)} không hợp lệ; chọn một trong: {string.Join(", ", SubmissionLabels.Statuses.Values)}.";

    public static string UnknownChannel(string value) =>
        $"Hình thức gửi {Quote(value)} không rõ; tạm coi là '{SubmissionLabels.Channels[SubmissionChannel.Email]}'.";

    public static string UnknownAnonymous(string value) =>
        $"Ô 'Ẩn danh' ghi {Quote(value)}, không phải '{SubmissionLabels.Yes}'/'{SubmissionLabels.No}'; để an toàn, coi là ẩn danh.";

    public static string BadDate(string value) =>
        $"Ngày nhận {Quote(value)} không đọc được; ghi theo dạng dd/MM/yyyy (ví dụ 25/10/2022).";

    public static string DateOutsideYear(LocalDate date, string schoolYear) =>
        $"Ngày nhận {VietnameseDates.Date(date)} nằm ngoài năm học {schoolYear}.";

    public static string BadMonth(string value) =>
        $"Tháng đối thoại {Quote(value)} không đọc được; ghi theo dạng MM/yyyy (ví dụ 10/2022).";

    public static string MonthInferred(YearMonth month, string reason) =>
        $"{reason}; đã lấy {VietnameseDates.Month(month)}. Kiểm tra lại ô này.";

    public const string MonthEmptyReason = "Tháng đối thoại còn trống";

    public const string MonthWithoutYearReason = "Tháng đối thoại thiếu năm";

    public static string NoSession(YearMonth month, Cohort cohort) =>
        $"Không có buổi đối thoại {SubmissionLabels.Cohorts[cohort].ToLowerInvariant()} trong {VietnameseDates.Month(month)} theo lịch năm học.";

    public static string Late(ZonedDateTime deadline) =>
        $"Nộp muộn: hạn gửi là {VietnameseDates.Time(deadline.TimeOfDay)} {VietnameseDates.DayAndDate(deadline.Date)}.";

    public const string HiddenRow = "Dòng này đang bị ẩn trong bảng tính; vẫn được đọc như các dòng khác.";
}
