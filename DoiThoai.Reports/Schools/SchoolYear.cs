using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>A school year: its label (<c>2022-2023</c>), teaching period and the months that have sessions, in order.</summary>
public sealed record SchoolYear(string Label, LocalDate FirstTeachingDay, LocalDate LastTeachingDay, IReadOnlyList<YearMonth> TeachingMonths)
{
    public bool IsTeachingDay(LocalDate date) => date >= FirstTeachingDay && date <= LastTeachingDay;
}
