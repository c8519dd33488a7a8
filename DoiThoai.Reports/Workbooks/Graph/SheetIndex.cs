using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// What the writer knows about the submissions sheet during one write session: the header's columns and which rows
/// hold which submission ID. IDs are re-read whenever a row is not where the index says (teachers sort and insert
/// rows while the secretary works), so a stale index never leads to writing the wrong row.
/// </summary>
internal sealed class SheetIndex
{
    // The ID column is a narrow range (one short string a row), so large blocks stay small in bytes.
    private const int IdBlockRows = 50_000;

    private readonly GraphWorkbookChannel _channel;
    private readonly WorkbookSession _session;
    private Dictionary<string, List<int>> _rowsById = new(StringComparer.OrdinalIgnoreCase);
    private RangeAddress _used;

    private SheetIndex(GraphWorkbookChannel channel, WorkbookSession session, RangeAddress used, int headerRow, ColumnMap columns)
    {
        _channel = channel;
        _session = session;
        _used = used;
        HeaderRow = headerRow;
        Columns = columns;
    }

    public int HeaderRow { get; }

    public ColumnMap Columns { get; }

    public static async Task<SheetIndex> LoadAsync(GraphWorkbookChannel channel, WorkbookSession session, CancellationToken cancellationToken)
    {
        var used = await UsedAsync(channel, session, cancellationToken) ?? throw new WorkbookAccessException(GraphMessages.EmptySheet(channel.SheetName));

        // The header is found as the parser finds it: among the first rows, below any title rows.
        var top = new RangeAddress(used.FirstColumn, used.FirstRow, used.LastColumn, Math.Min(used.LastRow, used.FirstRow + SubmissionSheetReader.HeaderSearchRows - 1));
        var topRange = await channel.RangeAsync(session, top.ToString(), "address,values", cancellationToken);
        var leading = topRange is null ? [] : GraphCells.Rows(topRange).ToList();
        if (leading.Count == 0)
        {
            throw new WorkbookAccessException(GraphMessages.EmptySheet(channel.SheetName));
        }

        var (headerIndex, columns) = SubmissionSheetReader.FindHeader(leading);
        var header = leading[headerIndex];
        if (!columns.Has(SubmissionColumn.Id))
        {
            throw new WorkbookAccessException(GraphMessages.MissingColumns(channel.SheetName, [WorkbookLayout.Definition(SubmissionColumn.Id).Header]));
        }

        var index = new SheetIndex(channel, session, used, header.RowNumber, columns);
        await index.ReadIdsAsync(cancellationToken);
        return index;
    }

    public IReadOnlyList<int> RowsOf(string id) => _rowsById.TryGetValue(id, out var rows) ? rows : [];

    /// <summary>Re-reads the extent of the sheet and its ID column.</summary>
    public async Task RefreshIdsAsync(CancellationToken cancellationToken)
    {
        _used = await UsedAsync(_channel, _session, cancellationToken) ?? _used;
        await ReadIdsAsync(cancellationToken);
    }

    /// <summary>The row of <paramref name="id"/> and its current cell texts, checked against the sheet as it is now.</summary>
    public async Task<(int RowNumber, IReadOnlyDictionary<int, string?>? Cells, string? Error)> LocateAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var rows = RowsOf(id);
            if (rows.Count == 1)
            {
                var cells = await ReadRowAsync(rows[0], cancellationToken);
                if (string.Equals(cells.GetValueOrDefault(Columns.IndexOf(SubmissionColumn.Id)), id, StringComparison.OrdinalIgnoreCase))
                {
                    return (rows[0], cells, null);
                }
            }
            else if (rows.Count > 1 && attempt == 1)
            {
                var idColumn = Columns.IndexOf(SubmissionColumn.Id);
                return (0, null, GraphMessages.IdDuplicated(id, rows.Select(r => CellAddress.Of(_channel.SheetName, idColumn, r))));
            }

            if (attempt == 0)
            {
                await RefreshIdsAsync(cancellationToken);
            }
        }

        return (0, null, WorkbookMessages.IdNotFound(id));
    }

    /// <summary>The texts of one row across the used columns, by zero-based column index (empty cells absent).</summary>
    public async Task<IReadOnlyDictionary<int, string?>> ReadRowAsync(int rowNumber, CancellationToken cancellationToken)
    {
        var address = new RangeAddress(_used.FirstColumn, rowNumber, Math.Max(_used.LastColumn, _used.FirstColumn), rowNumber).ToString();
        var range = await _channel.RangeAsync(_session, address, "address,values", cancellationToken);
        var cells = new Dictionary<int, string?>();
        var column = _used.FirstColumn;
        foreach (var value in FirstRow(range))
        {
            if (GraphCells.Text(value) is { } text)
            {
                cells[column] = UntrustedText.Clean(text);
            }

            column++;
        }

        return cells;
    }

    private async Task ReadIdsAsync(CancellationToken cancellationToken)
    {
        var idColumn = Columns.IndexOf(SubmissionColumn.Id);
        var rowsById = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var first = HeaderRow + 1; first <= _used.LastRow; first += IdBlockRows)
        {
            var last = Math.Min(_used.LastRow, first + IdBlockRows - 1);
            var range = await _channel.RangeAsync(_session, new RangeAddress(idColumn, first, idColumn, last).ToString(), "values", cancellationToken);
            var row = first;
            foreach (var rowNode in (range?.Values as UntypedArray)?.GetValue() ?? [])
            {
                var value = (rowNode as UntypedArray)?.GetValue().FirstOrDefault();
                if (GraphCells.Text(value) is { } text && UntrustedText.Clean(text) is { Length: > 0 } id)
                {
                    if (!rowsById.TryGetValue(id, out var rows))
                    {
                        rowsById[id] = rows = [];
                    }

                    rows.Add(row);
                }

                row++;
            }
        }

        _rowsById = rowsById;
    }

    private static IEnumerable<UntypedNode> FirstRow(WorkbookRange? range) =>
        ((range?.Values as UntypedArray)?.GetValue().FirstOrDefault() as UntypedArray)?.GetValue() ?? [];

    private static async Task<RangeAddress?> UsedAsync(GraphWorkbookChannel channel, WorkbookSession session, CancellationToken cancellationToken) =>
        await channel.UsedRangeAddressAsync(session, cancellationToken) is { Address: { } address } ? RangeAddress.Parse(address) : null;
}
