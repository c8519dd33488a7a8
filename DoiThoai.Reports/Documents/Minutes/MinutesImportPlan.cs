using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>What a read-back will write to the workbook, and what it found wrong, before anything is written.</summary>
/// <param name="Updates">Answers and statuses for known submissions.</param>
/// <param name="NewRows">Questions raised on the spot, as new submissions.</param>
/// <param name="UnknownIds">IDs in the minutes that the workbook does not have (not written).</param>
/// <param name="EmptyAnswers">Known submissions the secretary left without an answer.</param>
/// <param name="Problems">Other findings, in Vietnamese.</param>
public sealed record MinutesImportPlan(
    IReadOnlyList<SubmissionUpdate> Updates,
    IReadOnlyList<Submission> NewRows,
    IReadOnlyList<string> UnknownIds,
    IReadOnlyList<string> EmptyAnswers,
    IReadOnlyList<string> Problems);
