using System.Globalization;
using System.Text.Json;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// The in-memory sheet behind the fake Graph: cell values, number formats and one Excel table. Writes follow Excel's
/// typed-input rules (a string starting with <c>=</c> becomes a formula, <c>0123</c> a number, a leading apostrophe
/// keeps text as text), so tests see what a real workbook would do. Callers lock on the instance.
/// </summary>
public sealed class FakeWorksheet
{
    public const string General = "General";

    private readonly Dictionary<(int Row, int Column), FakeCell> _cells = [];
    private readonly Dictionary<(int Row, int Column), string> _formats = [];

    public string Name { get; set; } = WorkbookLayout.SubmissionsSheet;

    /// <summary>The table's range (header row included), zero-based columns; null when the sheet has no table.</summary>
    public (int FirstRow, int FirstColumn, int LastRow, int LastColumn)? Table { get; set; }

    public string TableName { get; set; } = WorkbookLayout.SubmissionsTable;

    public FakeCell? this[int row, int column]
    {
        get => _cells.GetValueOrDefault((row, column));
        set
        {
            if (value is null || value.Value is string { Length: 0 })
            {
                _cells.Remove((row, column));
            }
            else
            {
                _cells[(row, column)] = value;
            }
        }
    }

    public string NumberFormat(int row, int column) => _formats.GetValueOrDefault((row, column), General);

    public void SetNumberFormat(int row, int column, string format) => _formats[(row, column)] = format;

    /// <summary>The bounding rectangle of the cells with values (Graph's <c>usedRange(valuesOnly=true)</c>); A1 when empty.</summary>
    public (int FirstRow, int FirstColumn, int LastRow, int LastColumn) UsedRange()
    {
        if (_cells.Count == 0)
        {
            return (1, 0, 1, 0);
        }

        return (_cells.Keys.Min(k => k.Row), _cells.Keys.Min(k => k.Column), _cells.Keys.Max(k => k.Row), _cells.Keys.Max(k => k.Column));
    }

    /// <summary>Writes a value as Graph's PATCH does: null leaves the cell, strings are read like typed input.</summary>
    public void Write(int row, int column, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.Number:
                this[row, column] = FakeCell.Number(value.GetDouble());
                return;
            case JsonValueKind.True or JsonValueKind.False:
                this[row, column] = new FakeCell(value.GetBoolean());
                return;
            case JsonValueKind.String:
                this[row, column] = Typed(value.GetString()!);
                return;
            default:
                throw new InvalidOperationException($"Unexpected value {value}.");
        }
    }

    /// <summary>Excel's reading of typed input.</summary>
    public static FakeCell? Typed(string input)
    {
        if (input.Length == 0)
        {
            return null;
        }

        if (input[0] == '\'')
        {
            return new FakeCell(input[1..], QuotePrefix: true);
        }

        if (double.TryParse(input, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return FakeCell.Number(number);
        }

        if (bool.TryParse(input, out var boolean))
        {
            return new FakeCell(boolean);
        }

        // The formula was not evaluated; the point is that it is no longer the text that was sent.
        return input[0] is '=' or '+' or '-' or '@' ? new FakeCell("#NAME?", Formula: input) : FakeCell.Text(input);
    }

    /// <summary>Moves rows <paramref name="fromRow"/>.. down by <paramref name="count"/> (Excel's "insert rows"), the table with them.</summary>
    public void InsertRows(int fromRow, int count)
    {
        Shift(_cells, fromRow, count);
        Shift(_formats, fromRow, count);
        if (Table is { } t && t.LastRow >= fromRow)
        {
            Table = (t.FirstRow >= fromRow ? t.FirstRow + count : t.FirstRow, t.FirstColumn, t.LastRow + count, t.LastColumn);
        }
    }

    /// <summary>Reorders the rows after <paramref name="headerRow"/> (a teacher sorting the sheet), formats included.</summary>
    public void SortRows(int headerRow, Func<IReadOnlyDictionary<int, FakeCell>, string> key)
    {
        var last = UsedRange().LastRow;
        var rows = Enumerable.Range(headerRow + 1, last - headerRow)
            .Select(r => (Cells: _cells.Where(c => c.Key.Row == r).ToDictionary(c => c.Key.Column, c => c.Value),
                          Formats: _formats.Where(c => c.Key.Row == r).ToDictionary(c => c.Key.Column, c => c.Value)))
            .OrderBy(r => key(r.Cells), StringComparer.Ordinal)
            .ToList();
        foreach (var k in _cells.Keys.Where(k => k.Row > headerRow).ToList())
        {
            _cells.Remove(k);
        }

        foreach (var k in _formats.Keys.Where(k => k.Row > headerRow).ToList())
        {
            _formats.Remove(k);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (column, cell) in rows[i].Cells)
            {
                _cells[(headerRow + 1 + i, column)] = cell;
            }

            foreach (var (column, format) in rows[i].Formats)
            {
                _formats[(headerRow + 1 + i, column)] = format;
            }
        }
    }

    /// <summary>Adds a row at the end of the table; formats come from the row above, as Excel extends a table.</summary>
    public void AddTableRow(JsonElement values)
    {
        var t = Table ?? throw new InvalidOperationException("No table.");
        var row = t.LastRow + 1;
        var column = t.FirstColumn;
        foreach (var value in values.EnumerateArray())
        {
            if (_formats.TryGetValue((t.LastRow, column), out var format))
            {
                _formats[(row, column)] = format;
            }

            Write(row, column, value);
            column++;
        }

        Table = (t.FirstRow, t.FirstColumn, row, t.LastColumn);
    }

    private static void Shift<T>(Dictionary<(int Row, int Column), T> map, int fromRow, int count)
    {
        var moved = map.Where(c => c.Key.Row >= fromRow).ToList();
        foreach (var entry in moved)
        {
            map.Remove(entry.Key);
        }

        foreach (var entry in moved)
        {
            map[(entry.Key.Row + count, entry.Key.Column)] = entry.Value;
        }
    }
}
