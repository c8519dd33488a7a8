using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Workspace;

/// <summary>One session as the staff's list shows it: the session and how its submissions stand. Immutable.</summary>
/// <param name="Session">The session, with its warnings.</param>
/// <param name="Submissions">The submissions it takes up (its cohort and month, <see cref="SessionSubmissions.For"/>).</param>
/// <param name="Late">Of those, received after its deadline (<see cref="Session.IsLate"/>).</param>
/// <param name="Answered">Of those, handled: any status but <see cref="SubmissionStatus.New"/>.</param>
public sealed record SessionOverview(Session Session, int Submissions, int Late, int Answered);
