
namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// The shape of the shared workbook: sheet and table names and the submissions columns. The template
/// writer, the readers (local and Graph) and the write-back all take names from here.
/// </summary>
public static class WorkbookLayout
{
    /// <summary>The sheet of submissions; cell addresses in findings start with it (<c>KienNghi!E12</c>).</summary>
    public const string SubmissionsSheet = "KienNghi";

    /// <summary>The sheet of lists (topics, classes, rooms, cohorts, channels, statuses) behind the drop-downs.</summary>
    public const string ListsSheet = "DanhMuc";

    /// <summary>The Excel table holding the submissions on <see cref="SubmissionsSheet"/>.</summary>
    public const string SubmissionsTable = "BangKienNghi";

    /// <summary>Longest text a cell may hold in Excel.</summary>
    public const int MaxCellText = 32_767;

    public static readonly IReadOnlyList<ColumnDefinition> Columns =
    [
        new(SubmissionColumn.Id, "Mã ý kiến", ["ID", "Mã", "Mã số", "STT ý kiến"], true, 12),
        new(SubmissionColumn.ReceivedOn, "Ngày nhận", ["Ngày gửi", "Ngày tiếp nhận", "Received date"], true, 17),
        new(SubmissionColumn.Cohort, "Đối tượng", ["Khối", "Đối tượng học sinh", "Cohort"], true, 14),
        new(SubmissionColumn.ClassOrRoom, "Lớp / Phòng bán trú", ["Lớp", "Phòng", "Lớp/Phòng", "Lớp hoặc phòng", "Class"], true, 14),
        new(SubmissionColumn.Topic, "Chủ đề", ["Lĩnh vực", "Nhóm vấn đề", "Topic"], true, 28),
        new(SubmissionColumn.Content, "Nội dung ý kiến, kiến nghị", ["Nội dung", "Ý kiến", "Nội dung kiến nghị", "Content"], true, 60),
        new(SubmissionColumn.StudentName, "Họ tên học sinh", ["Học sinh", "Họ và tên", "Student"], false, 20),
        new(SubmissionColumn.Anonymous, "Ẩn danh", ["Giấu tên", "Anonymous"], false, 9),
        new(SubmissionColumn.Channel, "Hình thức gửi", ["Kênh", "Hình thức", "Channel"], false, 14),
        new(SubmissionColumn.EnteredBy, "Người nhập", ["GVCN", "Người nhập (GVCN)", "Entered by"], false, 20),
        new(SubmissionColumn.SessionMonth, "Tháng đối thoại", ["Kỳ đối thoại", "Tháng", "Session month"], true, 12),
        new(SubmissionColumn.Status, "Trạng thái", ["Tình trạng", "Status"], false, 18),
        new(SubmissionColumn.Answer, "Nội dung trả lời", ["Trả lời", "Answer"], false, 60),
        new(SubmissionColumn.AnsweredBy, "Người trả lời", ["Answered by"], false, 20),
    ];

    public static ColumnDefinition Definition(SubmissionColumn column) => Columns[(int)column];
}
