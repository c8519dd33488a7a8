using System.Globalization;
using System.Text;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Turns a Graph <see cref="WorkbookRange"/> (<c>values</c> and <c>numberFormat</c> as 2-D <see cref="UntypedNode"/>
/// arrays) into the raw <see cref="SheetRow"/>s every source produces, so the one row parser serves Graph too.
/// </summary>
internal static class GraphCells
{
    // What Excel puts in values/text for a cell holding an error; Graph sends them as plain strings.
    private static readonly HashSet<string> ErrorValues = new(StringComparer.Ordinal)
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
        "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!",
    };

    // Graph gives the format code itself, never a built-in format number: judge it as a custom code.
    private const uint CustomFormatId = 164;

    /// <summary>The non-blank rows of <paramref name="range"/>, numbered as Excel shows them.</summary>
    public static IEnumerable<SheetRow> Rows(WorkbookRange range)
    {
        if (range.Address is not { } address || range.Values is not UntypedArray values)
        {
            yield break;
        }

        var origin = RangeAddress.Parse(address);
        var formats = range.NumberFormat as UntypedArray;
        var rowIndex = 0;
        var formatRows = formats?.GetValue().ToList();
        foreach (var rowNode in values.GetValue())
        {
            var formatRow = formatRows is not null && rowIndex < formatRows.Count ? (formatRows[rowIndex] as UntypedArray)?.GetValue().ToList() : null;
            var cells = new List<SheetCell>();
            var columnIndex = 0;
            long rowText = 0;
            foreach (var value in (rowNode as UntypedArray)?.GetValue() ?? [])
            {
                var format = formatRow is not null && columnIndex < formatRow.Count ? (formatRow[columnIndex] as UntypedString)?.GetValue() : null;
                if (ToCell(origin.FirstColumn + columnIndex, value, format) is { } cell)
                {
                    // The same bound per row as a local file's, so both sources give the parser the same rows.
                    cells.Add(cell.Kind == SheetCellKind.Text && (rowText += cell.Text!.Length) > WorkbookLimits.MaxRowTextChars
                        ? new SheetCell(cell.Column, SheetCellKind.Unreadable, WorkbookMessages.RowTextTooLong)
                        : cell);
                }

                columnIndex++;
            }

            if (cells.Count > 0)
            {
                yield return new SheetRow(origin.FirstRow + rowIndex, cells);
            }

            rowIndex++;
        }
    }

    /// <summary>An estimate of the JSON size of <paramref name="range"/>'s values and formats (UTF-8 text, quotes and commas).</summary>
    public static long EstimateJsonBytes(WorkbookRange range) => Estimate(range.Values) + Estimate(range.NumberFormat);

    private static long Estimate(UntypedNode? node) => node switch
    {
        UntypedArray array => 2 + array.GetValue().Sum(item => Estimate(item) + 1),
        UntypedString s => 3 + Encoding.UTF8.GetByteCount(s.GetValue() ?? ""),
        null => 0,
        _ => 24,
    };

    /// <summary>The text of a cell as read back (for comparing with what was written); null for an empty cell.</summary>
    public static string? Text(UntypedNode? value) => value switch
    {
        UntypedString s => string.IsNullOrEmpty(s.GetValue()) ? null : s.GetValue(),
        UntypedNull or null => null,
        _ => Number(value) is { } number ? number.ToString(CultureInfo.InvariantCulture)
            : value is UntypedBoolean b ? (b.GetValue() ? "TRUE" : "FALSE") : null,
    };

    /// <summary>One cell, or null when it is empty.</summary>
    public static SheetCell? ToCell(int column, UntypedNode? value, string? numberFormat)
    {
        switch (value)
        {
            case UntypedString s:
                var text = s.GetValue();
                if (string.IsNullOrEmpty(text))
                {
                    return null;
                }

                if (ErrorValues.Contains(text))
                {
                    return new SheetCell(column, SheetCellKind.Error, text);
                }

                // Kept to Excel's limit and one more character, as a local file's cell is, with its real length.
                return text.Length > WorkbookLimits.MaxCellText
                    ? new SheetCell(column, SheetCellKind.Text, text[..(WorkbookLimits.MaxCellText + 1)], OriginalLength: text.Length)
                    : new SheetCell(column, SheetCellKind.Text, text);
            case UntypedBoolean b:
                return new SheetCell(column, SheetCellKind.Boolean, b.GetValue() ? "TRUE" : "FALSE");
            case UntypedNull or null:
                return null;
            default:
                return Number(value) is { } number
                    ? double.IsFinite(number)
                        ? new SheetCell(column, SheetCellKind.Number, null, number, SpreadsheetStyles.IsDateFormat(CustomFormatId, numberFormat))
                        : new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.NotANumber(number.ToString(CultureInfo.InvariantCulture)))
                    : new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.UnknownCellType(value.GetType().Name));
        }
    }

    private static double? Number(UntypedNode value) => value switch
    {
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDecimal d => (double)d.GetValue(),
        UntypedDouble d => d.GetValue(),
        UntypedFloat f => f.GetValue(),
        _ => null,
    };
}
