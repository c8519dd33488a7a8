using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Documents.Reports;

/// <summary>
/// The counts a monthly report states, computed once so the tables and the text agree: submissions by
/// topic × cohort, and by outcome. Every submission of the month falls in exactly one topic row, one cohort
/// column and one outcome, so each total equals <see cref="Total"/>.
/// </summary>
public sealed record MonthlyFigures
{
    public required int Total { get; init; }

    /// <summary>Topic → cohort → count, topics in the profile's order (unknown topics after).</summary>
    public required IReadOnlyList<(string Topic, IReadOnlyDictionary<Cohort, int> ByCohort)> ByTopic { get; init; }

    public required IReadOnlyDictionary<Cohort, int> ByCohort { get; init; }

    /// <summary>Đã trả lời tại buổi.</summary>
    public required int Answered { get; init; }

    public required int Resolved { get; init; }

    public required int Forwarded { get; init; }

    public required int OutsideAuthority { get; init; }

    /// <summary>Not yet handled (status <c>Mới</c>).</summary>
    public required int Pending { get; init; }

    /// <summary>The submissions a month's report counts and lists: those of the month's sessions, by ID.</summary>
    public static List<Submission> MonthSubmissions(IEnumerable<Submission> submissions, YearMonth month) =>
        [.. submissions.Where(s => s.SessionMonth == month).OrderBy(s => s.Id, StringComparer.Ordinal)];

    public static MonthlyFigures Of(IReadOnlyList<Submission> month, IReadOnlyList<string> topics)
    {
        var byTopic = SessionSubmissions.ByTopic(month, topics)
            .Select(g => (g.Key, (IReadOnlyDictionary<Cohort, int>)new Dictionary<Cohort, int>
            {
                [Cohort.SemiBoarding] = g.Count(s => s.Cohort == Cohort.SemiBoarding),
                [Cohort.Day] = g.Count(s => s.Cohort == Cohort.Day),
            }))
            .ToList();
        int Count(SubmissionStatus status) => month.Count(s => s.Status == status);
        return new MonthlyFigures
        {
            Total = month.Count,
            ByTopic = byTopic,
            ByCohort = new Dictionary<Cohort, int>
            {
                [Cohort.SemiBoarding] = month.Count(s => s.Cohort == Cohort.SemiBoarding),
                [Cohort.Day] = month.Count(s => s.Cohort == Cohort.Day),
            },
            Answered = Count(SubmissionStatus.Answered),
            Resolved = Count(SubmissionStatus.Resolved),
            Forwarded = Count(SubmissionStatus.Forwarded),
            OutsideAuthority = Count(SubmissionStatus.OutsideAuthority),
            Pending = Count(SubmissionStatus.New),
        };
    }
}
