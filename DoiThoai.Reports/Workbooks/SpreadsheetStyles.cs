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
