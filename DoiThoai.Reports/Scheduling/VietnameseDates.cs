using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>Dates and times written the Vietnamese way, one place for every surface (CLI, documents, pages).</summary>
public static class VietnameseDates
{
    /// <summary><c>Thứ Hai</c> … <c>Chủ nhật</c>, as Decree 30 writes weekdays.</summary>
    public static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Thứ Hai",
        IsoDayOfWeek.Tuesday => "Thứ Ba",
        IsoDayOfWeek.Wednesday => "Thứ Tư",
        IsoDayOfWeek.Thursday => "Thứ Năm",
        IsoDayOfWeek.Friday => "Thứ Sáu",
        IsoDayOfWeek.Saturday => "Thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day)),
    };

    /// <summary><c>28/10/2022</c>.</summary>
    public static string Date(LocalDate date) => $"{date.Day:00}/{date.Month:00}/{date.Year:0000}";

    /// <summary><c>Thứ Sáu 28/10/2022</c>.</summary>
    public static string DayAndDate(LocalDate date) => $"{Weekday(date.DayOfWeek)} {Date(date)}";

    /// <summary><c>Thứ Sáu 28/10/2022 14:00</c>.</summary>
    public static string DayDateTime(LocalDateTime value) => $"{DayAndDate(value.Date)} {Time(value.TimeOfDay)}";

    /// <summary><c>14:00</c>.</summary>
    public static string Time(LocalTime time) => $"{time.Hour:00}:{time.Minute:00}";

    /// <summary><c>19 giờ 45 phút</c>, the formal form for running text.</summary>
    public static string FormalTime(LocalTime time) => time.Minute == 0 ? $"{time.Hour} giờ" : $"{time.Hour} giờ {time.Minute:00} phút";

    /// <summary><c>tháng 10/2022</c>.</summary>
    public static string Month(YearMonth month) => $"tháng {month.Month:00}/{month.Year}";

    /// <summary>
    /// The place-date line of an official document: <c>Bắc Hà, ngày 05 tháng 02 năm 2023</c>. Days below 10
    /// and the months 1 and 2 take a leading zero (Decree 30/2020/ND-CP); months from 3 do not.
    /// </summary>
    public static string PlaceDateLine(string place, LocalDate date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00") : date.Month.ToString();
        return $"{place}, ngày {date.Day:00} tháng {month} năm {date.Year}";
    }
}
