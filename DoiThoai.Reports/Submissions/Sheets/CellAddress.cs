namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>A1-style cell references, for findings and for Graph range addresses.</summary>
public static class CellAddress
{
    /// <summary>Zero-based column index → letters: 0 → <c>A</c>, 26 → <c>AA</c>.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>
    /// Letters → zero-based column index: <c>AA</c> → 26. Letters beyond <c>XFD</c> give
    /// <see cref="WorkbookLimits.MaxColumns"/> (one past the last column), never an overflowed number.
    /// </summary>
    public static int ColumnIndex(ReadOnlySpan<char> letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > WorkbookLimits.MaxColumns)
            {
                return WorkbookLimits.MaxColumns;
            }
        }

        return index - 1;
    }

    /// <summary><c>E12</c>.</summary>
    public static string Of(int column, int rowNumber) => ColumnLetters(column) + rowNumber;

    /// <summary><c>KienNghi!E12</c>.</summary>
    public static string Of(string sheet, int column, int rowNumber) => $"{sheet}!{Of(column, rowNumber)}";
}
