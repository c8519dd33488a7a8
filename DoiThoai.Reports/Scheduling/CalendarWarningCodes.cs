namespace DoiThoai.Reports.Scheduling;

/// <summary>The stable codes of <see cref="CalendarWarning"/>, for machines reading the JSON schedule.</summary>
public static class CalendarWarningCodes
{
    /// <summary>The deadline falls at or after the session's start (the session moved to Friday the 27th).</summary>
    public const string DeadlineNotBeforeSession = "DEADLINE_NOT_BEFORE_SESSION";

    /// <summary>The deadline falls on a Saturday or Sunday (a day the office does not work).</summary>
    public const string DeadlineOnWeekend = "DEADLINE_ON_WEEKEND";

    /// <summary>The deadline falls inside a holiday or break.</summary>
    public const string DeadlineOnHoliday = "DEADLINE_ON_HOLIDAY";

    /// <summary>The session falls inside a holiday or break.</summary>
    public const string SessionInHoliday = "SESSION_IN_HOLIDAY";

    /// <summary>The session falls before teaching starts or after it ends.</summary>
    public const string SessionOutsideTeaching = "SESSION_OUTSIDE_TEACHING";

    /// <summary>The weekend shift moved the session into the next month (Sunday 28 February → Monday 1 March).</summary>
    public const string SessionCrossesMonth = "SESSION_CROSSES_MONTH";

    /// <summary>The month has no such nominal day (a 30th in February); its last day is used.</summary>
    public const string NominalDayClamped = "NOMINAL_DAY_CLAMPED";

    /// <summary>The announcement a week before falls on a day the school does not work.</summary>
    public const string NoticeNotWorkingDay = "NOTICE_NOT_WORKING_DAY";
}
