using System.Runtime.CompilerServices;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Validation;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// The one parser of the submissions sheet, whatever the source (local .xlsx, Microsoft Graph): finds the
/// header row, maps columns by header, turns each row into a <see cref="Submission"/> or into findings with
/// cell addresses, and counts every row. Streaming: rows are parsed as the source delivers them.
/// </summary>
public static class SubmissionSheetReader
{
    /// <summary>How many leading rows may sit above the header (a title, a school name) before giving up on finding it.</summary>
    public const int HeaderSearchRows = 10;

    /// <summary>Reads and validates every row of <paramref name="source"/>.</summary>
    /// <param name="source">The sheet's rows.</param>
    /// <param name="profile">The school (classes, topics).</param>
    /// <param name="calendar">The year's sessions (lateness, session months).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <param name="keep">
    /// Null to keep every accepted row; otherwise only the accepted rows it holds true for are kept in
    /// <see cref="WorkbookReadResult.Submissions"/>, the others are still validated and counted
    /// (<see cref="WorkbookReadResult.AcceptedNotKept"/>): a monthly report needs one month, not the year in memory.
    /// </param>
    /// <exception cref="WorkbookAccessException">The source cannot be read at all.</exception>
    public static async Task<WorkbookReadResult> ReadAsync(IWorkbookSource source, SchoolProfile profile, SchoolCalendar calendar, CancellationToken cancellationToken = default, Func<Submission, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(calendar);

        await using var rows = source.ReadSubmissionRowsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

        // Look ahead a few rows for the header; the rows above it are titles.
        var leading = new List<SheetRow>();
        var more = true;
        while (leading.Count < HeaderSearchRows && (more = await rows.MoveNextAsync()))
        {
            leading.Add(rows.Current);
        }

        var sheet = source.SheetName;
        var findings = new List<Finding>();
        if (leading.Count == 0)
        {
            findings.Add(new Finding(FindingCodes.EmptySheet, FindingSeverity.Error, sheet, "A1", 1, FindingMessages.EmptySheet));
            return new WorkbookReadResult(sheet, [], findings, 0, 0, 0, 0, 0);
        }

        var (headerIndex, map) = FindHeader(leading);
        var header = leading[headerIndex];
        var remaining = Remaining(leading, headerIndex + 1, more ? rows : null, cancellationToken);

        if (map.MissingRequired.Count > 0)
        {
            findings.Add(new Finding(FindingCodes.MissingColumns, FindingSeverity.Error, sheet, CellAddress.Of(0, header.RowNumber), header.RowNumber, FindingMessages.MissingColumns(map.MissingRequired)));
            var (read, blank) = (0, 0);
            var previous = header.RowNumber;
            var unread = new List<RejectedRow>();
            var partial = new SubmissionRowParser(sheet, map, profile, calendar);
            await foreach (var row in remaining)
            {
                if (SubmissionRowParser.IsBlank(row))
                {
                    continue;
                }

                blank += row.RowNumber - previous - 1;
                previous = row.RowNumber;
                read++;
                unread.Add(new RejectedRow(row.RowNumber, partial.IdOf(row), partial.TextIn(row, SubmissionColumn.Content)));
            }

            return new WorkbookReadResult(sheet, [], findings, read, read, blank, headerIndex, header.RowNumber) { RejectedRows = unread };
        }

        var parser = new SubmissionRowParser(sheet, map, profile, calendar);
        var submissions = new List<Submission>();
        var rejectedRows = new List<RejectedRow>();
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var (rowsRead, rejected, blankRows, notKept) = (0, 0, 0, 0);
        var last = header.RowNumber;
        await foreach (var row in remaining)
        {
            if (SubmissionRowParser.IsBlank(row))
            {
                // Counted with the gaps once a data row follows, so trailing blanks are not counted.
                continue;
            }

            blankRows += Math.Max(0, row.RowNumber - last - 1);
            last = row.RowNumber;
            rowsRead++;

            var id = parser.IdOf(row);
            var duplicateOf = id is null ? null : firstSeen.GetValueOrDefault(id);
            if (id is not null && duplicateOf is null)
            {
                firstSeen.Add(id, CellAddress.Of(sheet, Math.Max(0, map.IndexOf(SubmissionColumn.Id)), row.RowNumber));
            }

            var submission = parser.Parse(row, id, findings);
            if (duplicateOf is not null)
            {
                // Added after the row's own findings; the later row is the copy, the first one stands.
                findings.Add(new Finding(FindingCodes.DuplicateId, FindingSeverity.Error, sheet, parser.CellOf(SubmissionColumn.Id, row.RowNumber), row.RowNumber, FindingMessages.DuplicateId(id!, duplicateOf), id));
                submission = null;
            }

            if (submission is null)
            {
                rejected++;
                rejectedRows.Add(new RejectedRow(row.RowNumber, id, parser.TextIn(row, SubmissionColumn.Content)));
            }
            else if (keep is null || keep(submission))
            {
                submissions.Add(submission);
            }
            else
            {
                notKept++;
            }
        }

        return new WorkbookReadResult(sheet, submissions, findings, rowsRead, rejected, blankRows, headerIndex, header.RowNumber) { RejectedRows = rejectedRows, AcceptedNotKept = notKept };
    }

    // The first row with every required column; failing that, the one that knows the most headers (its gaps are reported).
    internal static (int Index, ColumnMap Map) FindHeader(IReadOnlyList<SheetRow> leading)
    {
        var best = (Index: 0, Map: ColumnMap.FromHeader(leading[0]));
        for (var i = 0; i < leading.Count; i++)
        {
            var map = i == 0 ? best.Map : ColumnMap.FromHeader(leading[i]);
            if (map.MissingRequired.Count == 0)
            {
                return (i, map);
            }

            if (map.MissingRequired.Count < best.Map.MissingRequired.Count)
            {
                best = (i, map);
            }
        }

        return best;
    }

    private static async IAsyncEnumerable<SheetRow> Remaining(List<SheetRow> leading, int from, IAsyncEnumerator<SheetRow>? rest, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = from; i < leading.Count; i++)
        {
            yield return leading[i];
        }

        if (rest is null)
        {
            yield break;
        }

        while (await rest.MoveNextAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return rest.Current;
        }
    }
}
