using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>
/// When homeroom teachers must send their class's submissions: <see cref="Time"/> on <see cref="DayOfMonth"/>
/// of the session's month (the plan: 15:00 on the 27th).
/// </summary>
public sealed record DeadlineRule(int DayOfMonth, LocalTime Time, CollisionPolicy WhenNotWorkingDay, CollisionPolicy WhenNotBeforeSession);
