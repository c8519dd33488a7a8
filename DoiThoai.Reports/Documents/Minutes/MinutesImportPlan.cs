using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>What a read-back will write to the workbook, and what it found wrong, before anything is written.</summary>
/// <param name="Updates">Answers and statuses that change a submission of this session.</param>
/// <param name="NewRows">Questions raised on the spot, as new submissions that pass the workbook's check.</param>
/// <param name="Unchanged">Submissions whose answer in the minutes is already in the workbook.</param>
/// <param name="Refused">IDs in the minutes that are not written, each with the reason: another session's, rejected by the check, or not in the workbook.</param>
/// <param name="EmptyAnswers">Submissions of this session the secretary left without an answer.</param>
/// <param name="Problems">Other findings, in Vietnamese (an unknown handling, a handling without an answer, an on-the-spot question that cannot be written).</param>
public sealed record MinutesImportPlan(
    IReadOnlyList<SubmissionUpdate> Updates,
    IReadOnlyList<Submission> NewRows,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<RefusedEntry> Refused,
    IReadOnlyList<string> EmptyAnswers,
    IReadOnlyList<string> Problems)
{
    /// <summary>Nothing will change in the workbook.</summary>
    public bool ChangesNothing => Updates.Count == 0 && NewRows.Count == 0;

    /// <summary>The write the plan asks for.</summary>
    public WriteBatch Batch => new(Updates, NewRows);
}

/// <summary>An ID of the minutes that is not written, and why, in Vietnamese.</summary>
public sealed record RefusedEntry(string Id, string Message);
