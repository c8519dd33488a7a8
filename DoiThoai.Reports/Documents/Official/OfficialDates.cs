using DoiThoai.Reports.Scheduling;
using NodaTime;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>Dates in running text of official documents, with the same leading-zero rule as the place-date line.</summary>
public static class OfficialDates
{
    /// <summary><c>ngày 05 tháng 02 năm 2023</c>, <c>ngày 28 tháng 10 năm 2022</c>.</summary>
    public static string LongDate(LocalDate date)
    {
        const string place = "_";
        return VietnameseDates.PlaceDateLine(place, date)[(place.Length + 2)..];
    }

    /// <summary><c>19 giờ 45 phút, Thứ Sáu, ngày 28 tháng 10 năm 2022</c>.</summary>
    public static string TimeAndDate(LocalDateTime value) =>
        $"{VietnameseDates.FormalTime(value.TimeOfDay)}, {VietnameseDates.Weekday(value.DayOfWeek)}, {LongDate(value.Date)}";
}
