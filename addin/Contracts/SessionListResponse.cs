using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/sessions</c>: the school year's sessions, each with warnings and counts, and the next one.</summary>
/// <param name="SchoolYear">E.g. <c>2022-2023</c>.</param>
/// <param name="School">The issuing body, e.g. <c>TRƯỜNG THPT SỐ 2 BẮC HÀ</c>.</param>
/// <param name="NextSessionId">The next session by the host's clock; the last one after the year ends.</param>
/// <param name="RejectedRows">Rows of the workbook left out because of errors (see <c>/api/workbook/check</c>).</param>
/// <param name="Sessions">Every session, in start order.</param>
public sealed record SessionListResponse(string SchoolYear, string School, string? NextSessionId, int RejectedRows, IReadOnlyList<SessionResponse> Sessions)
{
    public static SessionListResponse From(SessionsOverview overview, SchoolProfile profile) => new(
        profile.SchoolYear.Label,
        OfficialText.Upper(profile.IssuingBody),
        overview.Next?.Id,
        overview.RejectedRows,
        [.. overview.Sessions.Select(s => SessionResponse.From(s, profile))]);
}
