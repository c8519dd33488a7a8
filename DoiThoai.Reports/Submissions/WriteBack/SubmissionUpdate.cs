using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>What to write back for one submission; a null field is left as it is in the workbook.</summary>
public sealed record SubmissionUpdate(string Id, SubmissionStatus? Status = null, string? Answer = null, string? AnsweredBy = null)
{
    /// <summary>The cells this update sets, as the text the workbook should hold (cleaned of XML-invalid characters): one mapping for every writer.</summary>
    internal Dictionary<SubmissionColumn, string> CellTexts()
    {
        var cells = new Dictionary<SubmissionColumn, string>();
        if (Status is { } status)
        {
            cells[SubmissionColumn.Status] = SubmissionLabels.Statuses[status];
        }

        if (Answer is { } answer)
        {
            cells[SubmissionColumn.Answer] = UntrustedText.Clean(answer);
        }

        if (AnsweredBy is { } by)
        {
            cells[SubmissionColumn.AnsweredBy] = UntrustedText.Clean(by);
        }

        return cells;
    }
}
