using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The merged areas of a sheet: a merged area's value sits in its top-left cell only, and is copied to the
/// area's other cells on rows that are read (so a class merged down several rows applies to each of them).
/// </summary>
internal sealed class MergedAreas
{
    private readonly (int Top, int Left, int Bottom, int Right)[] _areas;
    private readonly Func<Exception> _tooMuchWork;

    // Keyed by the top-left cell; the value is filled in when that cell is read.
    private readonly Dictionary<(int Row, int Column), SheetCell> _values = [];

    // Areas sorted by their top row: those a row falls in are the started ones not yet ended.
    private readonly List<int> _active = [];
    private readonly HashSet<int> _present = [];
    private int _next;
    private int _lastRow;
    private long _work;

    /// <param name="areas">The sheet's merged areas.</param>
    /// <param name="tooMuchWork">
    /// The error when the areas would cost more than <see cref="WorkbookLimits.MaxMergedFills"/> cells: only overlapping
    /// areas (which Excel refuses to make) come near it.
    /// </param>
    public MergedAreas(List<(int Top, int Left, int Bottom, int Right)> areas, Func<Exception> tooMuchWork)
    {
        _areas = [.. areas.Select(a => (a.Top, a.Left, a.Bottom, Math.Min(a.Right, WorkbookLimits.MaxMergedColumns - 1))).Where(a => a.Left <= a.Item4).OrderBy(a => a.Top)];
        _tooMuchWork = tooMuchWork;
    }

    public SheetRow Apply(SheetRow row)
    {
        if (row.RowNumber < _lastRow)
        {
            // Rows out of order (never from Excel): start the sweep again.
            _next = 0;
            _active.Clear();
        }

        _lastRow = row.RowNumber;
        while (_next < _areas.Length && _areas[_next].Top <= row.RowNumber)
        {
            _active.Add(_next++);
        }

        _active.RemoveAll(i => _areas[i].Bottom < row.RowNumber);
        if (_active.Count == 0)
        {
            return row;
        }

        List<SheetCell>? cells = null;
        _present.Clear();
        foreach (var cell in row.Cells)
        {
            _present.Add(cell.Column);
        }

        foreach (var i in _active)
        {
            var (top, left, _, right) = _areas[i];
            Spend(1);
            if (row.RowNumber == top && row.Cells.FirstOrDefault(c => c.Column == left) is { Kind: not SheetCellKind.Empty } origin)
            {
                _values[(top, left)] = origin;
            }

            if (!_values.TryGetValue((top, left), out var value))
            {
                continue;
            }

            Spend(right - left + 1);
            for (var column = left; column <= right; column++)
            {
                if ((row.RowNumber != top || column != left) && _present.Add(column))
                {
                    cells ??= [.. row.Cells];
                    cells.Add(value with { Column = column });
                }
            }
        }

        return cells is null ? row : row with { Cells = [.. cells.OrderBy(c => c.Column)] };
    }

    private void Spend(long cells)
    {
        if ((_work += cells) > WorkbookLimits.MaxMergedFills)
        {
            throw _tooMuchWork();
        }
    }

    /// <summary>Parses <c>B3:B7</c> to one-based rows and zero-based columns.</summary>
    public static bool TryParseRange(string reference, out (int Top, int Left, int Bottom, int Right) area)
    {
        area = default;
        var parts = reference.Split(':');
        if (parts.Length != 2 || !TryParseCell(parts[0], out var top, out var left) || !TryParseCell(parts[1], out var bottom, out var right))
        {
            return false;
        }

        // Whole-column merges would copy a value down a million rows; cap what a sheet can ask for.
        if (bottom < top || right < left || (long)(bottom - top + 1) * (right - left + 1) > 100_000)
        {
            return false;
        }

        area = (top, left, bottom, right);
        return true;
    }

    private static bool TryParseCell(string cell, out int row, out int column)
    {
        var letters = 0;
        while (letters < cell.Length && char.IsAsciiLetter(cell[letters]))
        {
            letters++;
        }

        column = CellAddress.ColumnIndex(cell.AsSpan(0, letters));
        return int.TryParse(cell.AsSpan(letters), out row) && row > 0 && column >= 0 && letters > 0;
    }
}
