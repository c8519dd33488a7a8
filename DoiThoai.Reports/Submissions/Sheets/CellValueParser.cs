using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Reads dates and months the ways teachers type them. Text forms: <c>dd/MM/yyyy</c>, <c>d/M/yyyy</c>
/// (also with <c>-</c> or <c>.</c>), ISO <c>yyyy-MM-dd</c>, each optionally followed by a time
/// (<c>HH:mm</c>, <c>HH:mm:ss</c>); months as <c>MM/yyyy</c>, <c>M/yyyy</c>, <c>yyyy-MM</c>, <c>tháng 10/2022</c>
/// or any date (its month). Never guesses month-first (US) order: Vietnam writes the day first.
/// </summary>
internal static partial class CellValueParser
{
    private static readonly string[] DateFormats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d",
        "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy H:mm", "d.M.yyyy H:mm",
        "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d'T'H:mm", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d'T'H:mm:ss.FFFFFFF",
    ];

    /// <summary>A date, and whether the text carried a time.</summary>
    public static bool TryParseDate(string text, out LocalDateTime value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        var trimmed = text.Trim().TrimEnd('Z');
        if (!DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return false;
        }

        value = LocalDateTime.FromDateTime(parsed);
        hasTime = trimmed.Contains(':');
        return true;
    }

    /// <summary>A month from text; <paramref name="withoutYear"/> is the month number when only that was given (<c>10</c>, <c>tháng 10</c>).</summary>
    public static bool TryParseMonth(string text, out YearMonth month, out int withoutYear)
    {
        month = default;
        withoutYear = 0;
        var match = MonthPattern().Match(text);
        if (match.Success)
        {
            var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                return false;
            }

            if (!match.Groups["y"].Success)
            {
                withoutYear = m;
                return false;
            }

            month = new YearMonth(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), m);
            return true;
        }

        var iso = IsoMonthPattern().Match(text);
        if (iso.Success)
        {
            var m = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                return false;
            }

            month = new YearMonth(int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), m);
            return true;
        }

        if (TryParseDate(text, out var date, out _))
        {
            month = new YearMonth(date.Year, date.Month);
            return true;
        }

        return false;
    }

    // "10/2022", "tháng 10/2022", "Tháng 10 - 2022", "thang 1.2023", "10" (no year).
    [GeneratedRegex(@"^\s*(?:th[aáà]ng\s*)?(?<m>\d{1,2})\s*(?:[/.\-]|\s|năm|nam)*\s*(?<y>\d{4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*[\-/.]\s*(?<m>\d{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonthPattern();
}
