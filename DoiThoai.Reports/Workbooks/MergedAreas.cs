using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The merged areas of a sheet: a merged area's value sits in its top-left cell only, and is copied to the
/// area's other cells on rows that are read (so a class merged down several rows applies to each of them).
/// </summary>
internal sealed class MergedAreas(List<(int Top, int Left, int Bottom, int Right)> areas)
{
    // Keyed by the top-left cell; the value is filled in when that cell is read.
    private readonly Dictionary<(int Row, int Column), SheetCell> _values = [];

    public SheetRow Apply(SheetRow row)
    {
        List<SheetCell>? cells = null;
        foreach (var (top, left, bottom, right) in areas)
        {
            if (row.RowNumber < top || row.RowNumber > bottom)
            {
                continue;
            }

            if (row.RowNumber == top && row.Cells.FirstOrDefault(c => c.Column == left) is { Kind: not SheetCellKind.Empty } origin)
            {
                _values[(top, left)] = origin;
            }

            if (!_values.TryGetValue((top, left), out var value))
            {
                continue;
            }

            for (var column = left; column <= right; column++)
            {
                if ((row.RowNumber != top || column != left) && !row.Cells.Any(c => c.Column == column))
                {
                    cells ??= [.. row.Cells];
                    cells.Add(value with { Column = column });
                }
            }
        }

        return cells is null ? row : row with { Cells = [.. cells.OrderBy(c => c.Column)] };
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
