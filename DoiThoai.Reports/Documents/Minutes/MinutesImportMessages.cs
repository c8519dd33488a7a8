namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>The Vietnamese messages of the minutes read-back, in one place so a teacher can review the wording.</summary>
public static class MinutesImportMessages
{
    public static string NotInWorkbook(string id) => $"Không có ý kiến {id} trong sổ tổng hợp; câu trả lời này không được ghi.";

    public static string RowRejected(string id, int rowNumber, IEnumerable<string> errors) =>
        $"Dòng {rowNumber} của sổ (ý kiến {id}) đang bị loại khi kiểm tra ({string.Join("; ", errors)}); sửa dòng đó rồi lưu lại biên bản.";

    public static string OtherSession(string id, string ownSession, string thisSession) =>
        $"Ý kiến {id} thuộc buổi {ownSession}, không thuộc buổi {thisSession} của biên bản này; không ghi.";

    public static string UnknownHandling(string id, string handling, IEnumerable<string> choices) =>
        $"Ý kiến {id}: không nhận ra cách xử lý '{handling}' (chọn một trong: {string.Join(", ", choices)}).";

    public static string HandlingWithoutAnswer(string id, string handling) =>
        $"Ý kiến {id}: đã chọn cách xử lý '{handling}' nhưng chưa có câu trả lời; chưa ghi (ghi câu trả lời rồi lưu lại).";

    public static string QuestionNotWritten(int number, string content, IEnumerable<string> errors) =>
        $"Câu hỏi tại buổi số {number} ('{(content.Length <= 60 ? content : content[..57] + "...")}') chưa ghi vào sổ: {string.Join(" ", errors)}";

    public static string SessionMismatch(string documentSession, string asked) =>
        $"Biên bản này là của buổi {documentSession}, không phải buổi {asked}; không ghi gì. Mở đúng biên bản hoặc bỏ chọn buổi.";

    public static string SessionMissing => "Biên bản không ghi mã buổi đối thoại; chỉ ra buổi (ví dụ --session 2022-10-day).";
}
