using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Contracts;

/// <summary>The answer of <c>POST /api/sessions/{id}/minutes</c>: what saving the minutes did (docs/api.md).</summary>
/// <param name="SessionId">The session the minutes were saved for.</param>
/// <param name="Saved">Answers written and confirmed in the workbook.</param>
/// <param name="Unchanged">Answers the workbook already held.</param>
/// <param name="Empty">Submissions of the session with no answer typed (not written).</param>
/// <param name="Unknown">IDs not written: another session's, not in the workbook, or rejected by the check.</param>
/// <param name="Failed">IDs that could not be written.</param>
/// <param name="Added">On-the-spot questions written as new rows.</param>
/// <param name="Problems">Other things the secretary should know.</param>
/// <param name="Message">One sentence for the secretary.</param>
public sealed record MinutesSaveResponse(
    string SessionId,
    IReadOnlyList<string> Saved,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Empty,
    IReadOnlyList<IdMessageResponse> Unknown,
    IReadOnlyList<IdMessageResponse> Failed,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Problems,
    string Message)
{
    public static MinutesSaveResponse From(MinutesImportOutcome outcome) => new(
        outcome.Session.Id,
        outcome.Saved,
        outcome.Unchanged,
        outcome.Plan.EmptyAnswers,
        [.. outcome.Plan.Refused.Select(r => new IdMessageResponse(r.Id, r.Message))],
        [.. outcome.Failed.Select(f => new IdMessageResponse(f.Id, f.Message))],
        outcome.Added,
        outcome.Plan.Problems,
        outcome.Message);
}
