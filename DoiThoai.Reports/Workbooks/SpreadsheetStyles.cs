using DocumentFormat.OpenXml.Packaging;

namespace DoiThoai.Reports.Workbooks;

/// <summary>Which cell styles of an .xlsx show numbers as dates, so a number cell can be read as a date serial.</summary>
internal static class SpreadsheetStyles
{
    /// <summary>Indexed by the cell's <c>s</c> attribute (cellXfs index): true when its number format is a date or time.</summary>
    public static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        return formats.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && IsDateFormat(id, custom.GetValueOrDefault(id)))
            .ToArray();
    }

    /// <summary>What a number format shows, as far as choosing a style for a written date goes.</summary>
    public enum DateFormatKind
    {
        /// <summary>Not a date: numbers, text, general.</summary>
        None,

        /// <summary>A day without a time (<c>dd/mm/yyyy</c>, built-ins 14-17).</summary>
        Date,

        /// <summary>A day and a time of day (<c>dd/mm/yyyy hh:mm</c>, built-in 22).</summary>
        DateTime,

        /// <summary>Shown as a date or time, but not as a day alone nor a day and time (times, durations, East Asian forms).</summary>
        Other,
    }

    /// <summary>
    /// Whether format <paramref name="id"/> (with its <paramref name="code"/> when custom) shows a day, a day and a time,
    /// or something else. A custom code shows a day when, outside quotes, escapes and [brackets], its first section has
    /// a d or a y, and a time when it has an h (an m alone may be months or minutes, so it decides nothing).
    /// </summary>
    public static DateFormatKind KindOf(uint id, string? code)
    {
        switch (id)
        {
            case >= 14 and <= 17:
                return DateFormatKind.Date;
            case 22:
                return DateFormatKind.DateTime;
        }

        if (!IsDateFormat(id, code))
        {
            return DateFormatKind.None;
        }

        if (code is null || id < 164)
        {
            return DateFormatKind.Other;
        }

        var (day, hour) = (false, false);
        for (var i = 0; i < code.Length && code[i] != ';'; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case 'd' or 'D' or 'y' or 'Y':
                    day = true;
                    break;
                case 'h' or 'H':
                    hour = true;
                    break;
            }
        }

        return (day, hour) switch
        {
            (true, true) => DateFormatKind.DateTime,
            (true, false) => DateFormatKind.Date,
            _ => DateFormatKind.Other,
        };
    }

    /// <summary>
    /// Built-in ids 14-22 and 45-47 are dates and times (27-36 and 50-58 too, in East Asian locales); a custom
    /// code is a date when, outside quotes, escapes and [brackets], it has a d, m, y, h or s.
    /// </summary>
    public static bool IsDateFormat(uint id, string? code)
    {
        if (id is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58)
        {
            return true;
        }

        if (code is null || id < 164)
        {
            return false;
        }

        // Only the first section (positive numbers) decides.
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case ';':
                    return false;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
