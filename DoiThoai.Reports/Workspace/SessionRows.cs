using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Workspace;

/// <summary>A session's submissions as the workbook holds them now. Immutable.</summary>
/// <param name="Session">The session.</param>
/// <param name="Submissions">Its submissions, by ID (<see cref="SessionSubmissions.For"/>).</param>
/// <param name="RejectedRows">Rows of the workbook left out because the check rejected them.</param>
public sealed record SessionRows(Session Session, IReadOnlyList<Submission> Submissions, int RejectedRows);
