using DoiThoai.Reports.Submissions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using NodaTime;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Writes answers back to a workbook in OneDrive/SharePoint through Microsoft Graph, in a persistent workbook session.
/// Each submission's row is found by its ID at write time; only the Status / Answer / Answered-by cells that differ
/// are sent (a PATCH whose other cells are null, which leaves them as they are); text always goes in as text
/// (<see cref="ExcelText"/>); the row is read again to confirm before the ID is reported saved. Writes go one at a
/// time (a lock per writer; use one writer per workbook). When Microsoft 365 stays busy after the SDK's retries, the
/// submission and those after it are reported not saved, with a Vietnamese reason.
/// </summary>
public sealed class GraphWorkbookWriter : IWorkbookWriter
{
    private const int AddAttempts = 3;
    private static readonly SubmissionColumn[] WrittenColumns = [SubmissionColumn.Status, SubmissionColumn.Answer, SubmissionColumn.AnsweredBy];

    private readonly GraphWorkbookChannel _channel;
    private readonly TimeSpan _addRetryDelay;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <param name="graph">A client from <see cref="GraphConnection"/>.</param>
    /// <param name="location">Which workbook.</param>
    /// <param name="addRetryDelay">Pause before adding a row again after a busy answer (the SDK does not retry adds); null: 2 s.</param>
    public GraphWorkbookWriter(GraphServiceClient graph, GraphWorkbookLocation location, TimeSpan? addRetryDelay = null)
    {
        _channel = new GraphWorkbookChannel(graph, location);
        _addRetryDelay = addRetryDelay ?? TimeSpan.FromSeconds(2);
    }

    public string Description => _channel.Description;

    public async Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default)
    {
        var outcome = new Outcome();
        if (updates.Count == 0)
        {
            return outcome.Result();
        }

        await _oneAtATime.WaitAsync(cancellationToken);
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
            _oneAtATime.Release();
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

        await _oneAtATime.WaitAsync(cancellationToken);
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
                var id = ExcelText.Normalize(submission.Id);
                if (id.Length == 0)
                {
                    outcome.Fail(submission.Id, GraphMessages.EmptyId);
                    continue;
                }

                if (sheet.RowsOf(id).Count > 0)
                {
                    // Already in the sheet (an earlier try got through): adding it again would duplicate it.
                    outcome.Unchanged(id);
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
            _oneAtATime.Release();
        }

        return outcome.Result();
    }

    private async Task UpdateOneAsync(WorkbookSession session, SheetIndex sheet, SubmissionUpdate update, Outcome outcome, CancellationToken cancellationToken)
    {
        var id = ExcelText.Normalize(update.Id);
        var wanted = new Dictionary<SubmissionColumn, string>();
        if (update.Status is { } status)
        {
            wanted[SubmissionColumn.Status] = SubmissionLabels.Statuses[status];
        }

        if (update.Answer is { } answer)
        {
            wanted[SubmissionColumn.Answer] = ExcelText.Normalize(answer);
        }

        if (update.AnsweredBy is { } answeredBy)
        {
            wanted[SubmissionColumn.AnsweredBy] = ExcelText.Normalize(answeredBy);
        }

        foreach (var (column, text) in wanted)
        {
            var header = WorkbookLayout.Definition(column).Header;
            if (!sheet.Columns.Has(column))
            {
                outcome.Fail(id, GraphMessages.ColumnMissingForWrite(header));
                return;
            }

            if (text.Length > WorkbookLayout.MaxCellText)
            {
                outcome.Fail(id, GraphMessages.TooLong(id, header));
                return;
            }
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
        var confirmed = after.GetValueOrDefault(sheet.Columns.IndexOf(SubmissionColumn.Id)) == id
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

    private static UntypedNode[] RowValues(ColumnMap columns, RangeAddress table, Submission submission)
    {
        var values = new UntypedNode[table.ColumnCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new UntypedString("");
        }

        foreach (var definition in WorkbookLayout.Columns)
        {
            var index = columns.IndexOf(definition.Column) - table.FirstColumn;
            if (index < 0 || index >= values.Length)
            {
                continue;
            }

            values[index] = definition.Column switch
            {
                SubmissionColumn.ReceivedOn => new UntypedDouble(Serial(submission.ReceivedOn, submission.ReceivedAt)),
                _ => Text(definition.Column, submission) is { Length: > 0 } text ? new UntypedString(ExcelText.Literal(text)) : new UntypedString(""),
            };
        }

        return values;
    }

    private static string? Text(SubmissionColumn column, Submission s) => column switch
    {
        SubmissionColumn.Id => s.Id,
        SubmissionColumn.Cohort => SubmissionLabels.Cohorts[s.Cohort],
        SubmissionColumn.ClassOrRoom => s.ClassOrRoom,
        SubmissionColumn.Topic => s.Topic,
        SubmissionColumn.Content => s.Content,
        SubmissionColumn.StudentName => s.StudentName,
        SubmissionColumn.Anonymous => s.IsAnonymous ? SubmissionLabels.Yes : SubmissionLabels.No,
        SubmissionColumn.Channel => SubmissionLabels.Channels[s.Channel],
        SubmissionColumn.EnteredBy => s.EnteredBy,
        SubmissionColumn.SessionMonth => $"{s.SessionMonth.Month:00}/{s.SessionMonth.Year}",
        SubmissionColumn.Status => SubmissionLabels.Statuses[s.Status],
        SubmissionColumn.Answer => s.Answer,
        SubmissionColumn.AnsweredBy => s.AnsweredBy,
        _ => null,
    };

    private static double Serial(LocalDate date, LocalTime? time) =>
        time is { } t ? ExcelDates.ToSerial(date.At(t)) : ExcelDates.ToSerial(date);

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
