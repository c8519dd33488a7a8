namespace DoiThoai.Reports.Scheduling;

/// <summary>What a calendar entry stands for.</summary>
public enum CalendarEntryKind
{
    /// <summary>The dialogue session itself (busy time, at the venue).</summary>
    Session,

    /// <summary>The moment homeroom teachers must have sent the class's submissions (a reminder, not busy time).</summary>
    Deadline,

    /// <summary>The day the timetable officer announces the session (all day, not busy time).</summary>
    Notice,
}
