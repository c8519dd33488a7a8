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

    /// <summary>
    /// Reads and validates the rows of <paramref name="source"/>, within <see cref="WorkbookLimits"/>: at most
    /// <see cref="WorkbookLimits.MaxDataRows"/> data rows and <see cref="WorkbookLimits.MaxKeptTextChars"/> characters
    /// are checked (the rest counted, with an error), and the first findings of each code kept (the rest counted).
    /// </summary>
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
        var findings = new FindingLog();
        if (leading.Count == 0)
        {
            findings.Add(new Finding(FindingCodes.EmptySheet, FindingSeverity.Error, sheet, "A1", 1, FindingMessages.EmptySheet));
            await ReportOtherSheetsAsync(source, sheet, findings, cancellationToken);
            return Result(sheet, [], findings, 0, 0, 0, 0, 0, [], 0);
        }

        var (headerIndex, map) = FindHeader(leading);
        var header = leading[headerIndex];
        var remaining = Remaining(leading, headerIndex + 1, more ? rows : null, cancellationToken);
        var columnsMissing = map.MissingRequired.Count > 0;
        if (columnsMissing)
        {
            findings.Add(new Finding(FindingCodes.MissingColumns, FindingSeverity.Error, sheet, CellAddress.Of(0, header.RowNumber), header.RowNumber, FindingMessages.MissingColumns(map.MissingRequired)));
        }

        var parser = new SubmissionRowParser(sheet, map, profile, calendar);
        var submissions = new List<Submission>();
        var rejectedRows = new List<RejectedRow>();
        var rowFindings = new List<Finding>();
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var (rowsRead, rejected, blankRows, notRead, notKept) = (0, 0, 0, 0, 0);
        long keptText = 0;
        string? stopCode = null;
        var firstNotRead = 0;
        var last = header.RowNumber;
        await foreach (var row in remaining)
        {
            if (SubmissionRowParser.IsBlank(row))
            {
                // Counted with the gaps once a data row follows, so trailing blanks are not counted.
                continue;
            }

            if (stopCode is null && (rowsRead >= WorkbookLimits.MaxDataRows || keptText > WorkbookLimits.MaxKeptTextChars))
            {
                stopCode = rowsRead >= WorkbookLimits.MaxDataRows ? FindingCodes.TooManyRows : FindingCodes.TooMuchText;
                firstNotRead = row.RowNumber;
            }

            if (stopCode is not null)
            {
                // Beyond the limits rows are only counted: nothing of them is kept.
                notRead++;
                continue;
            }

            blankRows += Math.Max(0, row.RowNumber - last - 1);
            last = row.RowNumber;
            rowsRead++;

            var id = parser.IdOf(row);
            if (columnsMissing)
            {
                // Nothing can be checked; the row is kept as written so that no new row repeats it.
                var unread = new RejectedRow(row.RowNumber, id, parser.TextIn(row, SubmissionColumn.Content));
                keptText += (unread.Id?.Length ?? 0) + (unread.Content?.Length ?? 0);
                rejected++;
                rejectedRows.Add(unread);
                continue;
            }

            var duplicateOf = id is null ? null : firstSeen.GetValueOrDefault(id);
            if (id is not null && duplicateOf is null)
            {
                firstSeen.Add(id, CellAddress.Of(sheet, Math.Max(0, map.IndexOf(SubmissionColumn.Id)), row.RowNumber));
            }

            rowFindings.Clear();
            var submission = parser.Parse(row, id, rowFindings);
            findings.AddRange(rowFindings);
            if (duplicateOf is not null)
            {
                // Added after the row's own findings; the later row is the copy, the first one stands.
                var duplicate = new Finding(FindingCodes.DuplicateId, FindingSeverity.Error, sheet, parser.CellOf(SubmissionColumn.Id, row.RowNumber), row.RowNumber, FindingMessages.DuplicateId(id!, duplicateOf), id);
                findings.Add(duplicate);
                rowFindings.Add(duplicate);
                submission = null;
            }

            if (submission is null)
            {
                rejected++;
                var rejectedRow = new RejectedRow(row.RowNumber, id, parser.TextIn(row, SubmissionColumn.Content), rowFindings.FirstOrDefault(f => f.Severity == FindingSeverity.Error));
                keptText += (rejectedRow.Id?.Length ?? 0) + (rejectedRow.Content?.Length ?? 0);
                rejectedRows.Add(rejectedRow);
            }
            else if (keep is null || keep(submission))
            {
                keptText += KeptText(submission);
                submissions.Add(submission);
            }
            else
            {
                notKept++;
            }
        }

        if (stopCode is not null)
        {
            var message = stopCode == FindingCodes.TooManyRows ? FindingMessages.TooManyRows(firstNotRead, notRead) : FindingMessages.TooMuchText(firstNotRead, notRead);
            findings.Add(new Finding(stopCode, FindingSeverity.Error, sheet, CellAddress.Of(0, firstNotRead), firstNotRead, message));
        }

        await ReportOtherSheetsAsync(source, sheet, findings, cancellationToken);
        return Result(sheet, submissions, findings, rowsRead, rejected, blankRows, headerIndex, header.RowNumber, rejectedRows, notRead) with { AcceptedNotKept = notKept };
    }

    private static WorkbookReadResult Result(string sheet, List<Submission> submissions, FindingLog findings, int rowsRead, int rejected, int blankRows, int rowsAboveHeader, int headerRow, List<RejectedRow> rejectedRows, int notRead) =>
        new(sheet, submissions, findings.Kept, rowsRead, rejected, blankRows, rowsAboveHeader, headerRow)
        {
            RejectedRows = rejectedRows,
            OmittedFindings = findings.Omitted,
            RowsNotRead = notRead,
        };

    // The characters a kept submission holds on to (dates and enums cost nothing that grows).
    private static long KeptText(Submission s) =>
        s.Id.Length + s.ClassOrRoom.Length + s.Topic.Length + s.Content.Length + (s.StudentName?.Length ?? 0)
        + (s.EnteredBy?.Length ?? 0) + (s.Answer?.Length ?? 0) + (s.AnsweredBy?.Length ?? 0);

    /// <summary>
    /// Reports each other sheet whose first rows hold the submissions header (every required column) with data rows
    /// under it: rows typed on a copy of the sheet would otherwise be silently left out.
    /// </summary>
    private static async Task ReportOtherSheetsAsync(IWorkbookSource source, string mainSheet, FindingLog findings, CancellationToken cancellationToken)
    {
        foreach (var other in source.OtherSheets.Take(WorkbookLimits.MaxOtherSheets))
        {
            var leading = new List<SheetRow>();
            ColumnMap? map = null;
            var header = 0;
            var rows = 0;
            await foreach (var row in source.ReadSheetRowsAsync(other, cancellationToken))
            {
                if (map is null)
                {
                    leading.Add(row);
                    if (ColumnMap.FromHeader(row) is { MissingRequired.Count: 0 } found)
                    {
                        (map, header) = (found, row.RowNumber);
                    }
                    else if (leading.Count >= HeaderSearchRows)
                    {
                        break;
                    }

                    continue;
                }

                if (!SubmissionRowParser.IsBlank(row))
                {
                    rows++;
                }
            }

            if (map is not null && rows > 0)
            {
                findings.Add(new Finding(FindingCodes.OtherSheetRows, FindingSeverity.Warning, other, CellAddress.Of(0, header), header, FindingMessages.OtherSheetRows(other, mainSheet, rows)));
            }
        }
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
