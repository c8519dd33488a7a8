using System.Globalization;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// A rectangular A1 address as Graph returns it (<c>KienNghi!A1:N101</c>, <c>'Kiến nghị'!B3</c>): zero-based columns,
/// one-based rows, sheet name dropped.
/// </summary>
internal readonly record struct RangeAddress(int FirstColumn, int FirstRow, int LastColumn, int LastRow)
{
    public int ColumnCount => LastColumn - FirstColumn + 1;

    public static RangeAddress Parse(string address)
    {
        // The sheet name may itself contain '!' inside quotes; the cells part follows the last one.
        var cells = address[(address.LastIndexOf('!') + 1)..];
        var colon = cells.IndexOf(':');
        var (firstColumn, firstRow) = Cell(colon < 0 ? cells : cells[..colon], address);
        var (lastColumn, lastRow) = colon < 0 ? (firstColumn, firstRow) : Cell(cells[(colon + 1)..], address);
        return new RangeAddress(firstColumn, firstRow, lastColumn, lastRow);
    }

    /// <summary><c>B3:N40</c>.</summary>
    public override string ToString() => $"{CellAddress.Of(FirstColumn, FirstRow)}:{CellAddress.Of(LastColumn, LastRow)}";

    private static (int Column, int Row) Cell(string cell, string address)
    {
        cell = cell.Replace("$", "", StringComparison.Ordinal);
        var digits = cell.AsSpan().IndexOfAnyInRange('0', '9');
        if (digits <= 0 || !int.TryParse(cell.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            throw new FormatException($"Not an A1 cell address: '{address}'.");
        }

        return (CellAddress.ColumnIndex(cell.AsSpan(0, digits)), row);
    }
}
