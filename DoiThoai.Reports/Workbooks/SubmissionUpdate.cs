using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Workbooks;

/// <summary>What to write back for one submission; a null field is left as it is in the workbook.</summary>
public sealed record SubmissionUpdate(string Id, SubmissionStatus? Status = null, string? Answer = null, string? AnsweredBy = null);
