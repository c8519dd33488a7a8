using DoiThoai.Reports.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Reports.Workspace;

/// <summary>The Vietnamese messages of the staff's tasks, in one place so a teacher can review the wording.</summary>
public static class WorkspaceMessages
{
    public static string SessionUnknown(string id, IEnumerable<Session> sessions) =>
        $"Không có buổi đối thoại '{id}'. Các mã hợp lệ: {string.Join(", ", sessions.Select(s => s.Id))}.";

    public static string MonthUnknown(string text, IEnumerable<YearMonth> months) =>
        $"Không có tháng đối thoại '{text}'. Các tháng hợp lệ: {string.Join(", ", months.Select(m => YearMonthPattern.Iso.Format(m)))}.";

    public const string NoWorkbook = "Cần chỉ ra sổ tổng hợp ý kiến (tệp .xlsx trên máy, hoặc sổ trên Microsoft 365).";

    public static string DateBeforeMonth(LocalDate date, YearMonth month, LocalDate lastSession) =>
        $"Ngày {VietnameseDates.Date(date)} trước buổi đối thoại cuối cùng của {VietnameseDates.Month(month)} ({VietnameseDates.Date(lastSession)}); báo cáo tháng chỉ ghi ngày từ {VietnameseDates.Date(lastSession)} trở đi.";

    public static string TemplateRefused(string path, string reason) => $"Mẫu văn bản '{path}' không dùng được: {reason}";

    public static string DateOutOfRange(LocalDate date, LocalDate first, LocalDate last) =>
        $"Ngày {VietnameseDates.Date(date)} không hợp lý cho văn bản của năm học này; chọn ngày từ {VietnameseDates.Date(first)} đến {VietnameseDates.Date(last)}.";

    public static string RejectedRowsLeftOut(int count, string workbook) =>
        $"{count} dòng của sổ {workbook} có lỗi nên không đưa vào văn bản; xem từng ô lỗi bằng: doithoai workbook check.";

    public static string ImportSummary(MinutesImportOutcome outcome)
    {
        if (outcome.Plan.ChangesNothing)
        {
            return outcome.Unchanged.Count > 0
                ? $"Không có gì thay đổi trong sổ: {outcome.Unchanged.Count} câu trả lời đã có sẵn."
                : "Không có gì thay đổi trong sổ: biên bản chưa có câu trả lời hay câu hỏi mới nào.";
        }

        var verb = outcome.DryRun ? "Sẽ ghi" : "Đã ghi";
        var parts = new List<string> { $"{verb} {outcome.Saved.Count} câu trả lời" };
        if (outcome.Unchanged.Count > 0)
        {
            parts.Add($"{outcome.Unchanged.Count} không đổi");
        }

        if (outcome.Added.Count > 0)
        {
            parts.Add($"thêm {outcome.Added.Count} ý kiến nêu tại buổi");
        }

        if (outcome.Failed.Count > 0)
        {
            parts.Add($"{outcome.Failed.Count} không ghi được");
        }

        return string.Join("; ", parts) + ".";
    }
}
