using NodaTime;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Excel date serials (1900 date system) ↔ NodaTime. Serial 1 is 01/01/1900; Excel counts a 29/02/1900 that
/// never was (serial 60), so serials from 61 on count from 30/12/1899. A fraction is the time of day.
/// </summary>
public static class ExcelDates
{
    /// <summary>Serial of 01/01/1904: add it to a serial of a workbook in the 1904 date system.</summary>
    public const double Offset1904 = 1462;

    private static readonly LocalDate Epoch = new(1899, 12, 30);

    // 31/12/9999 is the last day Excel shows.
    private const double LastSerial = 2_958_466;

    /// <summary>Converts a serial to a date and time (to the nearest second); false outside Excel's date range.</summary>
    public static bool TryFromSerial(double serial, out LocalDateTime value)
    {
        value = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= LastSerial)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        var seconds = (int)Math.Round((serial - days) * 86_400);
        if (seconds >= 86_400)
        {
            days++;
            seconds = 0;
        }

        // Before the phantom 29/02/1900 the count starts one day later; 60 itself is read as 28/02/1900.
        var date = days switch
        {
            < 60 => Epoch.PlusDays(days + 1),
            60 => new LocalDate(1900, 2, 28),
            _ => Epoch.PlusDays(days),
        };
        value = date.AtMidnight().PlusSeconds(seconds);
        return true;
    }

    /// <summary>The serial of a date (a whole number).</summary>
    public static double ToSerial(LocalDate date)
    {
        var days = Period.Between(Epoch, date, PeriodUnits.Days).Days;
        return days < 61 ? days - 1 : days;
    }

    /// <summary>The serial of a date and time.</summary>
    public static double ToSerial(LocalDateTime value) =>
        ToSerial(value.Date) + (value.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay);
}
