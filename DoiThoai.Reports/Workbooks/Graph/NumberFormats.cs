namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>Tells from an Excel number format code whether a number cell shows a date or time (so its value is a serial).</summary>
internal static class NumberFormats
{
    public static bool IsDate(string? format)
    {
        if (string.IsNullOrEmpty(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Only the first section (positive numbers) decides; quoted text, escaped characters and [colour]/[$-locale] blocks are not codes.
        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }

            if (inBracket)
            {
                // [h], [mm], [ss]: elapsed time, still a serial.
                if (c is 'h' or 'H' or 'm' or 'M' or 's' or 'S' && i > 0 && format[i - 1] == '[')
                {
                    return true;
                }

                inBracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
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
