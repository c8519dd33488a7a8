namespace DoiThoai.Reports.Scheduling;

/// <summary>A collision of the plan's rules with the real calendar.</summary>
/// <param name="Code">Stable code for machines, e.g. <see cref="CalendarWarningCodes.DeadlineNotBeforeSession"/>.</param>
/// <param name="Message">What collides, in Vietnamese.</param>
/// <param name="Suggestion">The fix the software proposes, in Vietnamese.</param>
public sealed record CalendarWarning(string Code, string Message, string Suggestion);
