using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Schools;

namespace DoiThoai.Addin.Contracts;

/// <summary>
/// <c>GET /api/months/{yyyy-MM}/summary</c>: the month at a glance, from <see cref="MonthlyFigures"/>, the computation
/// the report itself states. Counts only: no submission, no student.
/// </summary>
public sealed record MonthSummaryResponse(
    string Month,
    string Label,
    IReadOnlyList<SummarySessionResponse> Sessions,
    int Total,
    IReadOnlyList<TopicCountResponse> ByTopic,
    OutcomesResponse Outcomes,
    string ReportFileName)
{
    public static MonthSummaryResponse From(string month, string label, IReadOnlyList<SummarySessionResponse> sessions, MonthlyFigures figures, string reportFileName) => new(
        month,
        label,
        sessions,
        figures.Total,
        [.. figures.ByTopic.Select(t => new TopicCountResponse(t.Topic, t.ByCohort.Values.Sum(), Count(t.ByCohort, Cohort.Day), Count(t.ByCohort, Cohort.SemiBoarding)))],
        new OutcomesResponse(figures.Answered, figures.Resolved, figures.Forwarded, figures.OutsideAuthority, figures.Pending),
        reportFileName);

    private static int Count(IReadOnlyDictionary<Cohort, int> byCohort, Cohort cohort) => byCohort.TryGetValue(cohort, out var n) ? n : 0;
}
