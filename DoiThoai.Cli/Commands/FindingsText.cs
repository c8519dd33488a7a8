using System.Text;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;

namespace DoiThoai.Cli.Commands;

/// <summary>
/// The findings of a sheet check, for people, in Vietnamese: one line per finding, then the counts. Cell text quoted in
/// a message stays on its line (a line break shows as ⏎), so a cell cannot forge lines of the report.
/// </summary>
internal static class FindingsText
{
    public static string Write(WorkbookReadResult result, string source)
    {
        var text = new StringBuilder();
        text.AppendLine(UntrustedText.OneLine($"Sổ tổng hợp: {source} (trang {result.Sheet})"));
        foreach (var f in result.Findings)
        {
            var severity = f.Severity == FindingSeverity.Error ? "Lỗi     " : "Cảnh báo";
            text.AppendLine(UntrustedText.OneLine($"{f.Address,-14} {severity}  {f.Message}"));
        }

        foreach (var omitted in result.OmittedFindings)
        {
            text.AppendLine($"... và {omitted.Count:N0} {(omitted.Severity == FindingSeverity.Error ? "lỗi" : "cảnh báo")} {omitted.Code} khác (chỉ in {WorkbookLimits.MaxFindingsPerCode:N0} đầu tiên của mỗi loại).");
        }

        if (result.Findings.Count > 0)
        {
            text.AppendLine();
        }

        text.AppendLine($"Đã đọc {result.RowsRead} dòng ý kiến: {result.Accepted} hợp lệ, {result.Rejected} bị loại; {result.BlankRows} dòng trống.");
        if (result.RowsNotRead > 0)
        {
            text.AppendLine($"{result.RowsNotRead:N0} dòng vượt giới hạn không được kiểm tra.");
        }

        if (result.RowsAboveHeader > 0)
        {
            text.AppendLine($"{result.RowsAboveHeader} dòng phía trên dòng tiêu đề (dòng {result.HeaderRow}) không được đọc như ý kiến.");
        }

        text.AppendLine(result.HasErrors
            ? $"{result.ErrorCount} lỗi, {result.WarningCount} cảnh báo. Sửa các ô báo lỗi rồi kiểm tra lại."
            : $"Không có lỗi; {result.WarningCount} cảnh báo.");
        return text.ToString();
    }
}
