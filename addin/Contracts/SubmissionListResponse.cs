using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/sessions/{id}/submissions</c>.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="RejectedRows">Rows of the workbook left out because of errors (see <c>/api/workbook/check</c>).</param>
/// <param name="Submissions">The session's submissions, by ID.</param>
public sealed record SubmissionListResponse(string SessionId, int RejectedRows, IReadOnlyList<SubmissionResponse> Submissions)
{
    public static SubmissionListResponse From(SessionRows rows) =>
        new(rows.Session.Id, rows.RejectedRows, [.. rows.Submissions.Select(s => SubmissionResponse.From(s, rows.Session))]);
}
