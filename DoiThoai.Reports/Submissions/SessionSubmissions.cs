using DoiThoai.Reports.Scheduling;

namespace DoiThoai.Reports.Submissions;

/// <summary>Which submissions a session takes up, and the order documents list them in.</summary>
public static class SessionSubmissions
{
    /// <summary>
    /// The submissions of the session's cohort and month, by ID. An extra session of the same cohort and month
    /// sees the same rows: the workbook does not say which session of a month a row is meant for.
    /// </summary>
    public static IReadOnlyList<Submission> For(Session session, IEnumerable<Submission> submissions) =>
        submissions.Where(s => s.Cohort == session.Cohort && s.SessionMonth == session.Month)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Groups by topic in the profile's order; topics the profile does not know come after, alphabetically.
    /// </summary>
    public static IReadOnlyList<IGrouping<string, Submission>> ByTopic(IEnumerable<Submission> submissions, IReadOnlyList<string> topics)
    {
        var order = topics.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return submissions.GroupBy(s => s.Topic, StringComparer.Ordinal)
            .OrderBy(g => order.TryGetValue(g.Key, out var i) ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Received after the session's deadline, by the one rule of <see cref="Session.IsLate"/>.</summary>
    public static bool IsLate(Submission submission, Session session) => session.IsLate(submission.ReceivedOn, submission.ReceivedAt);
}
