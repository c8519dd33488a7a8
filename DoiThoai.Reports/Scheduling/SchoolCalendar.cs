using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>All sessions of one school year, regular and extra, in start order.</summary>
public sealed record SchoolCalendar(string SchoolYear, IReadOnlyList<Session> Sessions)
{
    /// <summary>Regular sessions the profile's policy left out, with the warnings that say why (never dropped silently).</summary>
    public IReadOnlyList<SkippedSession> Skipped { get; init; } = [];

    /// <summary>The session with that id, or null.</summary>
    public Session? Find(string id) => Sessions.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sessions that belong to <paramref name="month"/>.</summary>
    public IEnumerable<Session> InMonth(YearMonth month) => Sessions.Where(s => s.Month == month);

    /// <summary>The first session that has not started at the clock's current instant, or null after the last.</summary>
    public Session? Next(IClock clock)
    {
        var now = clock.GetCurrentInstant();
        return Sessions.FirstOrDefault(s => s.Start.ToInstant() >= now);
    }

    /// <summary>Every warning of the year, with its session.</summary>
    public IEnumerable<(Session Session, CalendarWarning Warning)> Warnings =>
        Sessions.SelectMany(s => s.Warnings.Select(w => (s, w)));
}
