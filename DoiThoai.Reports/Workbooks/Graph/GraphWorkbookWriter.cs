using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Serialization;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Writes answers back to a workbook in OneDrive/SharePoint through Microsoft Graph, in a persistent workbook session.
/// Each submission's row is found by its ID at write time; only the Status / Answer / Answered-by cells that differ
/// are sent (a PATCH whose other cells are null, which leaves them as they are); text always goes in as text
/// (<see cref="ExcelText"/>); the row is read again to confirm before the ID is reported saved. Writes go one at a
/// time (one lock per workbook in the process). When Microsoft 365 stays busy after the SDK's retries, the
/// submission and those after it are reported not saved, with a Vietnamese reason.
/// </summary>
public sealed class GraphWorkbookWriter : IWorkbookWriter
{
    private const int AddAttempts = 3;

    private readonly GraphWorkbookChannel _channel;
    private readonly TimeSpan _addRetryDelay;
    private readonly SemaphoreSlim _oneAtATime;
    private readonly bool _turnHeld;

    /// <param name="graph">A client from <see cref="GraphConnection"/>.</param>
    /// <param name="location">Which workbook.</param>
    /// <param name="addRetryDelay">Pause before adding a row again after a busy answer (the SDK does not retry adds); null: 2 s.</param>
    public GraphWorkbookWriter(GraphServiceClient graph, GraphWorkbookLocation location, TimeSpan? addRetryDelay = null)
        : this(graph, location, addRetryDelay, turnHeld: false)
    {
    }

    /// <param name="graph">The client.</param>
    /// <param name="location">Which workbook.</param>
    /// <param name="addRetryDelay">Pause before adding a row again.</param>
    /// <param name="turnHeld">The caller (a <see cref="GraphWorkbookStore"/> transaction) already holds the workbook's turn.</param>
    internal GraphWorkbookWriter(GraphServiceClient graph, GraphWorkbookLocation location, TimeSpan? addRetryDelay, bool turnHeld)
    {
        _channel = new GraphWorkbookChannel(graph, location);
        _addRetryDelay = addRetryDelay ?? TimeSpan.FromSeconds(2);
        _oneAtATime = GraphWorkbookTurns.For(graph, location);
        _turnHeld = turnHeld;
    }

    public string Description => _channel.Description;

    public async Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default)
    {
        var outcome = new Outcome();
        if (updates.Count == 0)
        {
            return outcome.Result();
        }

        await TakeTurnAsync(cancellationToken);
        try
        {
            await using var session = await _channel.OpenSessionAsync(persistChanges: true, cancellationToken);
            var sheet = await SheetIndex.LoadAsync(_channel, session, cancellationToken);
            for (var i = 0; i < updates.Count; i++)
            {
                try
                {
                    await UpdateOneAsync(session, sheet, updates[i], outcome, cancellationToken);
                }
                catch (WorkbookAccessException ex)
                {
                    // Whatever happened to this row, it is not reported saved; the rest wait for a later try.
                    outcome.Fail(updates[i].Id, GraphMessages.NotWritten(updates[i].Id, ex.Message));
                    foreach (var rest in updates.Skip(i + 1))
                    {
                        outcome.Fail(rest.Id, GraphMessages.Skipped(rest.Id));
                    }

                    break;
                }
            }
        }
        finally
        {
            EndTurn();
        }

        return outcome.Result();
    }

    public async Task<WriteBackResult> AppendAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken = default)
    {
        var outcome = new Outcome();
        if (submissions.Count == 0)
        {
            return outcome.Result();
        }

        await TakeTurnAsync(cancellationToken);
        try
        {
            await using var session = await _channel.OpenSessionAsync(persistChanges: true, cancellationToken);
            var sheet = await SheetIndex.LoadAsync(_channel, session, cancellationToken);
            var table = await _channel.TableRangeAsync(session, cancellationToken);
            var tableAddress = RangeAddress.Parse(table?.Address ?? throw new WorkbookAccessException(GraphMessages.TableNotFound(Description)));
            var added = new List<string>();
            for (var i = 0; i < submissions.Count; i++)
            {
                var submission = submissions[i];
                var id = UntrustedText.Clean(submission.Id);
                if (id.Length == 0 || sheet.RowsOf(id).Count > 0 || added.Contains(id, StringComparer.OrdinalIgnoreCase))
                {
                    // As the local writer does: an ID already in the sheet may be another submission's, so nothing is added.
                    outcome.Fail(id, WorkbookMessages.IdAlreadyExists(id));
                    continue;
                }

                try
                {
                    await AddOneAsync(session, sheet, tableAddress, submission, id, cancellationToken);
                    added.Add(id);
                }
                catch (WorkbookAccessException ex)
                {
                    outcome.Fail(id, GraphMessages.NotWritten(id, ex.Message));
                    foreach (var rest in submissions.Skip(i + 1))
                    {
                        outcome.Fail(rest.Id, GraphMessages.Skipped(rest.Id));
                    }

                    break;
                }
            }

            // Confirm by reading the IDs back: a row counts as saved when its ID is now in the sheet exactly once.
            if (added.Count > 0)
            {
                await sheet.RefreshIdsAsync(cancellationToken);
                foreach (var id in added)
                {
                    if (sheet.RowsOf(id).Count == 1)
                    {
                        outcome.Saved(id);
                    }
                    else
                    {
                        outcome.Fail(id, GraphMessages.NotConfirmed(id));
                    }
                }
            }
        }
        finally
        {
            EndTurn();
        }

        return outcome.Result();
    }

    private Task TakeTurnAsync(CancellationToken cancellationToken) => _turnHeld ? Task.CompletedTask : _oneAtATime.WaitAsync(cancellationToken);

    private void EndTurn()
    {
        if (!_turnHeld)
        {
            _oneAtATime.Release();
        }
    }

    private async Task UpdateOneAsync(WorkbookSession session, SheetIndex sheet, SubmissionUpdate update, Outcome outcome, CancellationToken cancellationToken)
    {
        var id = UntrustedText.Clean(update.Id);
        var wanted = update.CellTexts();
        var missing = wanted.Keys.Where(c => !sheet.Columns.Has(c)).ToList();
        if (missing.Count > 0)
        {
            outcome.Fail(id, WorkbookMessages.MissingColumns(string.Join(", ", missing.Select(c => WorkbookLayout.Definition(c).Header))));
            return;
        }

        if (wanted.Values.Any(v => v.Length > WorkbookLayout.MaxCellText))
        {
            outcome.Fail(id, WorkbookMessages.TextTooLong(id));
            return;
        }

        var located = await sheet.LocateAsync(id, cancellationToken);
        if (located.Error is { } error)
        {
            outcome.Fail(id, error);
            return;
        }

        var (rowNumber, current) = (located.RowNumber, located.Cells!);
        var changes = wanted.Where(w => current.GetValueOrDefault(sheet.Columns.IndexOf(w.Key)) != w.Value).ToList();
        if (changes.Count == 0)
        {
            outcome.Unchanged(id);
            return;
        }

        var first = changes.Min(c => sheet.Columns.IndexOf(c.Key));
        var last = changes.Max(c => sheet.Columns.IndexOf(c.Key));
        var values = new UntypedNode[last - first + 1];
        for (var column = first; column <= last; column++)
        {
            var change = changes.FirstOrDefault(c => sheet.Columns.IndexOf(c.Key) == column);
            values[column - first] = change.Value is null ? new UntypedNull() : new UntypedString(ExcelText.Literal(change.Value));
        }

        var address = $"{CellAddress.Of(first, rowNumber)}:{CellAddress.Of(last, rowNumber)}";
        await _channel.PatchRangeAsync(session, address, new UntypedArray([new UntypedArray(values)]), cancellationToken);

        // Confirm: the row must still be this submission's and hold what was sent.
        var after = await sheet.ReadRowAsync(rowNumber, cancellationToken);
        var confirmed = string.Equals(after.GetValueOrDefault(sheet.Columns.IndexOf(SubmissionColumn.Id)), id, StringComparison.OrdinalIgnoreCase)
            && changes.All(c => after.GetValueOrDefault(sheet.Columns.IndexOf(c.Key)) == c.Value);
        if (confirmed)
        {
            outcome.Saved(id);
        }
        else
        {
            outcome.Fail(id, GraphMessages.NotConfirmed(id));
        }
    }

    private async Task AddOneAsync(WorkbookSession session, SheetIndex sheet, RangeAddress table, Submission submission, string id, CancellationToken cancellationToken)
    {
        var values = new UntypedArray([new UntypedArray(RowValues(sheet.Columns, table, submission))]);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _channel.AddTableRowAsync(session, values, cancellationToken);
                return;
            }
            catch (Exception ex) when (GraphWorkbookChannel.IsTransient(ex))
            {
                // A 504 or a broken connection may come after Excel added the row: look before adding again.
                await sheet.RefreshIdsAsync(cancellationToken);
                if (sheet.RowsOf(id).Count > 0)
                {
                    return;
                }

                if (attempt == AddAttempts)
                {
                    throw new WorkbookAccessException(GraphMessages.Busy(Description), ex);
                }

                await Task.Delay(_addRetryDelay, cancellationToken);
            }
        }
    }

    /// <summary>The new row in table column order, from the same column mapping the template and the local writer use.</summary>
    private static UntypedNode[] RowValues(ColumnMap columns, RangeAddress table, Submission submission)
    {
        var values = new UntypedNode[table.ColumnCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new UntypedString("");
        }

        foreach (var column in Enum.GetValues<SubmissionColumn>())
        {
            var index = columns.IndexOf(column) - table.FirstColumn;
            if (!columns.Has(column) || index < 0 || index >= values.Length)
            {
                continue;
            }

            var value = SubmissionCellValue.For(submission, column);
            values[index] = value.Serial is { } serial ? new UntypedDouble(serial)
                : string.IsNullOrEmpty(value.Text) ? new UntypedString("")
                : new UntypedString(ExcelText.Literal(value.Text));
        }

        return values;
    }

    /// <summary>Collects the per-ID result.</summary>
    private sealed class Outcome
    {
        private readonly List<string> _saved = [];
        private readonly List<string> _unchanged = [];
        private readonly List<WriteBackFailure> _failed = [];

        public void Saved(string id) => _saved.Add(id);

        public void Unchanged(string id) => _unchanged.Add(id);

        public void Fail(string id, string message) => _failed.Add(new WriteBackFailure(id, message));

        public WriteBackResult Result() => new(_saved, _unchanged, _failed);
    }
}
