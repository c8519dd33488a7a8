namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>The workbook could not be opened, read or written; the message is for the user, in Vietnamese.</summary>
public sealed class WorkbookAccessException(string message, Exception? inner = null, string code = ErrorCodes.WorkbookUnavailable)
    : DoiThoaiException(code, message, inner);
