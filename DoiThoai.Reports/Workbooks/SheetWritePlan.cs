using System.Globalization;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// What one write changes in the submissions sheet, decided from the rows as every reader reads them
/// (<see cref="LocalWorkbookSource"/>): which cells of which rows get which text, which rows are appended after the
/// last row in use, and what each submission of the batch comes to (saved, already as asked, added, failed). Rows are
/// found by ID, the first row winning when an ID repeats; only the batch's IDs are kept, so a sheet of 100,000 rows
/// costs one pass and little memory. Immutable once made.
/// </summary>
internal sealed class SheetWritePlan
{
    private SheetWritePlan(int headerRow, int lastRow, int idColumn)
    {
        HeaderRow = headerRow;
        LastRow = lastRow;
        IdColumn = idColumn;
    }

    /// <summary>The zero-based column of the IDs (-1 when the sheet has none): the submissions table is the one holding it.</summary>
    public int IdColumn { get; }

    /// <summary>The header row (1 for a sheet without rows).</summary>
    public int HeaderRow { get; }

    /// <summary>The last row holding anything before the write.</summary>
    public int LastRow { get; }

    /// <summary>The last row after the write.</summary>
    public int NewLastRow => Appended.Count == 0 ? LastRow : Appended[^1].RowNumber;

    /// <summary>Cells to set on existing rows, by row number: zero-based column and its new text (empty clears it).</summary>
    public Dictionary<int, List<(int Column, string Text)>> Edits { get; } = [];

    /// <summary>Rows to write after <see cref="LastRow"/>, in order.</summary>
    public List<AppendedRow> Appended { get; } = [];

    public List<string> Saved { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<string> Added { get; } = [];

    public List<WriteBackFailure> Failed { get; } = [];

    /// <summary>Nothing to write: the file stays as it is.</summary>
    public bool ChangesNothing => Edits.Count == 0 && Appended.Count == 0;

    /// <summary>Plans <paramref name="batch"/> against <paramref name="rows"/> (the sheet's rows, blank ones left out).</summary>
    public static SheetWritePlan Make(IEnumerable<SheetRow> rows, WriteBatch batch, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in batch.Updates.Select(u => u.Id).Concat(batch.NewRows.Select(n => n.Id)))
        {
            wanted.Add(UntrustedText.Clean(id));
        }

        using var enumerator = rows.GetEnumerator();
        var leading = new List<SheetRow>();
        while (leading.Count < SubmissionSheetReader.HeaderSearchRows && enumerator.MoveNext())
        {
            leading.Add(enumerator.Current);
        }

        var (headerIndex, map) = leading.Count > 0 ? SubmissionSheetReader.FindHeader(leading) : (0, ColumnMap.Template);
        var headerRow = leading.Count > 0 ? leading[headerIndex].RowNumber : 1;
        var lastRow = headerRow;
        var found = new Dictionary<string, SheetRow>(StringComparer.OrdinalIgnoreCase);
        void See(SheetRow row)
        {
            lastRow = Math.Max(lastRow, row.RowNumber);
            if (row.RowNumber > headerRow && IdOf(row, map) is { } id && wanted.Contains(id))
            {
                found.TryAdd(id, row);
            }
        }

        leading.ForEach(See);
        var count = 0;
        while (enumerator.MoveNext())
        {
            if ((++count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            See(enumerator.Current);
        }

        var plan = new SheetWritePlan(headerRow, lastRow, map.IndexOf(SubmissionColumn.Id));
        plan.PlanUpdates(batch.Updates, map, found, cancellationToken);
        plan.PlanNewRows(batch.NewRows, map, found, cancellationToken);
        return plan;
    }

    /// <summary>The text a reader sees in a column of a row (cleaned), as the row parser reads an ID; "" when empty.</summary>
    public static string TextIn(SheetRow row, ColumnMap map, SubmissionColumn column)
    {
        var index = map.IndexOf(column);
        foreach (var cell in row.Cells)
        {
            if (cell.Column == index)
            {
                return cell.Kind == SheetCellKind.Text && cell.Text is { } text ? UntrustedText.Clean(text) : "";
            }
        }

        return "";
    }

    // The row parser's reading of an ID: text cleaned, a number as typed in invariant form.
    private static string? IdOf(SheetRow row, ColumnMap map)
    {
        var index = map.IndexOf(SubmissionColumn.Id);
        foreach (var cell in row.Cells)
        {
            if (cell.Column == index)
            {
                var id = cell.Kind switch
                {
                    SheetCellKind.Text => UntrustedText.Clean(cell.Text ?? ""),
                    SheetCellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
                    SheetCellKind.Boolean => cell.Number != 0 ? "TRUE" : "FALSE",
                    _ => "",
                };
                return id.Length > 0 ? id : null;
            }
        }

        return null;
    }

    private void PlanUpdates(IReadOnlyList<SubmissionUpdate> updates, ColumnMap map, Dictionary<string, SheetRow> found, CancellationToken cancellationToken)
    {
        // What each row holds as the plan goes: a second update of one row compares with the first.
        var current = new Dictionary<(int Row, int Column), string?>();
        foreach (var update in updates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = UntrustedText.Clean(update.Id);
            var cells = update.CellTexts();
            var missing = cells.Keys.Where(c => !map.Has(c)).ToList();
            if (missing.Count > 0)
            {
                Failed.Add(new WriteBackFailure(id, WorkbookMessages.MissingColumns(string.Join(", ", missing.Select(c => WorkbookLayout.Definition(c).Header)))));
                continue;
            }

            if (!found.TryGetValue(id, out var row))
            {
                Failed.Add(new WriteBackFailure(id, WorkbookMessages.IdNotFound(id)));
                continue;
            }

            if (cells.Values.Any(v => v.Length > WorkbookLayout.MaxCellText))
            {
                Failed.Add(new WriteBackFailure(id, WorkbookMessages.TextTooLong(id)));
                continue;
            }

            var changed = false;
            foreach (var (column, text) in cells)
            {
                var index = map.IndexOf(column);
                if (!current.TryGetValue((row.RowNumber, index), out var holds))
                {
                    holds = CurrentText(row, index);
                }

                if (holds == text)
                {
                    continue;
                }

                current[(row.RowNumber, index)] = text;
                if (!Edits.TryGetValue(row.RowNumber, out var edits))
                {
                    Edits[row.RowNumber] = edits = [];
                }

                edits.RemoveAll(e => e.Column == index);
                edits.Add((index, text));
                changed = true;
            }

            (changed ? Saved : Unchanged).Add(id);
        }
    }

    private void PlanNewRows(IReadOnlyList<Submission> submissions, ColumnMap map, Dictionary<string, SheetRow> found, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(found.Keys, StringComparer.OrdinalIgnoreCase);
        var next = LastRow;
        foreach (var submission in submissions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = UntrustedText.Clean(submission.Id);
            if (id.Length == 0 || !taken.Add(id))
            {
                Failed.Add(new WriteBackFailure(id, WorkbookMessages.IdAlreadyExists(id)));
                continue;
            }

            var cells = new List<AppendedCell>();
            foreach (var column in Enum.GetValues<SubmissionColumn>())
            {
                if (!map.Has(column))
                {
                    continue;
                }

                var value = SubmissionCellValue.For(submission, column);
                if (value.Serial is { } serial)
                {
                    cells.Add(new AppendedCell(map.IndexOf(column), null, serial, value.HasTime));
                }
                else if (!string.IsNullOrEmpty(value.Text) && UntrustedText.Clean(value.Text) is { Length: > 0 } text)
                {
                    cells.Add(new AppendedCell(map.IndexOf(column), text, null, false));
                }
            }

            cells.Sort((a, b) => a.Column.CompareTo(b.Column));
            Appended.Add(new AppendedRow(++next, cells));
            Added.Add(id);
        }
    }

    // What a writer compares with: the cleaned text of a text cell, "" for no cell, null for anything else (so it is replaced).
    private static string? CurrentText(SheetRow row, int column)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Column == column)
            {
                return cell.Kind == SheetCellKind.Text && cell.Text is { } text ? UntrustedText.Clean(text) : null;
            }
        }

        return "";
    }

    /// <summary>A row written after the last one.</summary>
    public sealed record AppendedRow(int RowNumber, IReadOnlyList<AppendedCell> Cells);

    /// <summary>A cell of an appended row: text (written as an inline string) or a date serial.</summary>
    public readonly record struct AppendedCell(int Column, string? Text, double? Serial, bool HasTime);
}
