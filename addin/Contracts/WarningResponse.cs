using DoiThoai.Reports.Scheduling;

namespace DoiThoai.Addin.Contracts;

/// <summary>A collision of the plan's rules with the calendar, with the fix proposed (texts in Vietnamese).</summary>
public sealed record WarningResponse(string Code, string Message, string Suggestion)
{
    public static WarningResponse From(CalendarWarning warning) => new(warning.Code, warning.Message, warning.Suggestion);
}
