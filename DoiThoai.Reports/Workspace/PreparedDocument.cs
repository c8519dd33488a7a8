using DoiThoai.Reports.Documents.Official;

namespace DoiThoai.Reports.Workspace;

/// <summary>A document built from the workbook, ready to render, with what the person should know about its inputs.</summary>
/// <param name="Document">What the document says.</param>
/// <param name="FileName">The file name it is saved under by default, e.g. <c>bien-ban-2022-10-day.docx</c>.</param>
/// <param name="RejectedRows">Rows of the workbook left out because the check rejected them.</param>
/// <param name="WorkbookDescription">The workbook read, for messages.</param>
public sealed record PreparedDocument(OfficialDocument Document, string FileName, int RejectedRows, string WorkbookDescription);
