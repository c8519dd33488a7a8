using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Writes answers and new rows into a local .xlsx. Works on a copy beside the file, confirms the result by
/// reading the copy back, and only then replaces the file (a rename), so the workbook is never left
/// half-written. Rows are found by ID at write time; only Status / Answer / Answered-by cells are touched, and
/// always as inline strings (never formulas). Loads the submissions sheet as a DOM: fine at school scale
/// (thousands of rows); reading, which must scale further, streams.
/// </summary>
public sealed class LocalWorkbookWriter(string path) : IWorkbookWriter
{
    private static readonly SubmissionColumn[] UpdatableColumns = [SubmissionColumn.Status, SubmissionColumn.Answer, SubmissionColumn.AnsweredBy];

    public string Path { get; } = path;

    public Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default) =>
        Task.FromResult(Commit(new WriteBatch(updates, []), cancellationToken));

    public Task<WriteBackResult> AppendAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken = default)
    {
        var result = Commit(new WriteBatch([], submissions), cancellationToken);

        // This older entry point reports new rows as saved.
        return Task.FromResult(result with { Saved = result.Added, Added = [] });
    }

    /// <summary>
    /// Writes every update and new row of <paramref name="batch"/> into one copy of the file, confirms the copy, and
    /// replaces the workbook with it once: the workbook is the old one or the new one, never a mix. The caller holds
    /// the workbook (<see cref="LocalWorkbookStore"/>); this method takes no lock.
    /// </summary>
    public WriteBackResult Commit(WriteBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return WriteBackResult.Nothing;
        }

        return Edit((sheet, saved, unchanged, added, failed) =>
        {
            var rows = sheet.RowsById();
            foreach (var update in batch.Updates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = UntrustedText.Clean(update.Id);
                var wanted = update.CellTexts();
                var missing = wanted.Keys.Where(c => !sheet.Map.Has(c)).ToList();
                if (missing.Count > 0)
                {
                    failed.Add(new WriteBackFailure(id, WorkbookMessages.MissingColumns(string.Join(", ", missing.Select(c => WorkbookLayout.Definition(c).Header)))));
                }
                else if (!rows.TryGetValue(id, out var row))
                {
                    failed.Add(new WriteBackFailure(id, WorkbookMessages.IdNotFound(id)));
                }
                else if (wanted.Values.Any(v => v.Length > WorkbookLayout.MaxCellText))
                {
                    failed.Add(new WriteBackFailure(id, WorkbookMessages.TextTooLong(id)));
                }
                else
                {
                    var changed = false;
                    foreach (var (column, text) in wanted)
                    {
                        changed |= sheet.SetText(row, column, text);
                    }

                    (changed ? saved : unchanged).Add(id);
                }
            }

            foreach (var submission in batch.NewRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = UntrustedText.Clean(submission.Id);
                if (id.Length == 0 || rows.ContainsKey(id))
                {
                    failed.Add(new WriteBackFailure(id, WorkbookMessages.IdAlreadyExists(id)));
                    continue;
                }

                rows[id] = sheet.AppendRow(submission);
                added.Add(id);
            }
        }, confirm: (row, map, id) => batch.Updates.Where(u => UntrustedText.Clean(u.Id) == id).All(u => u.CellTexts().All(w => TextIn(row, map, w.Key) == w.Value))
            && (!batch.NewRows.Any(n => UntrustedText.Clean(n.Id) == id) || TextIn(row, map, SubmissionColumn.Id) == id));
    }

    private static string TextIn(SheetRow row, ColumnMap map, SubmissionColumn column)
    {
        var index = map.IndexOf(column);
        var cell = row.Cells.FirstOrDefault(c => c.Column == index);
        return cell.Kind == SheetCellKind.Text && cell.Text is { } text ? UntrustedText.Clean(text) : "";
    }

    private delegate void Change(EditableSheet sheet, List<string> saved, List<string> unchanged, List<string> added, List<WriteBackFailure> failed);

    // The rename is atomic, but only a copy whose bytes are on disk makes the new workbook survive a power cut.
    private static void FlushToDisk(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        stream.Flush(flushToDisk: true);
    }

    private WriteBackResult Edit(Change change, Func<SheetRow, ColumnMap, string, bool> confirm)
    {
        if (!File.Exists(Path))
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), code: ErrorCodes.WorkbookNotFound);
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        var (saved, unchanged, added, failed) = (new List<string>(), new List<string>(), new List<string>(), new List<WriteBackFailure>());
        try
        {
            File.Copy(Path, temporary);
            using (var document = SpreadsheetDocument.Open(temporary, true))
            {
                var sheet = EditableSheet.Open(document) ?? throw new WorkbookAccessException(WorkbookMessages.NoSheet(Path), code: ErrorCodes.WorkbookInvalid);
                change(sheet, saved, unchanged, added, failed);
                if (saved.Count == 0 && added.Count == 0)
                {
                    return new WriteBackResult(saved, unchanged, failed);
                }

                sheet.Save();
            }

            // Read the copy back the way every reader does; only a confirmed copy replaces the workbook.
            var rows = new LocalWorkbookSource(temporary).ReadRows().ToList();
            var (headerIndex, map) = SubmissionSheetReader.FindHeader(rows.Take(SubmissionSheetReader.HeaderSearchRows).ToList());
            var byId = new Dictionary<string, SheetRow>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows.Skip(headerIndex + 1))
            {
                var id = TextIn(row, map, SubmissionColumn.Id);
                if (id.Length > 0)
                {
                    byId.TryAdd(id, row);
                }
            }

            if (saved.Concat(added).Any(id => !byId.TryGetValue(id, out var row) || !confirm(row, map, id)))
            {
                failed.AddRange(saved.Concat(added).Select(id => new WriteBackFailure(id, WorkbookMessages.NotConfirmed(id))));
                return new WriteBackResult([], unchanged, failed);
            }

            FlushToDisk(temporary);
            File.Move(temporary, Path, overwrite: true);
            return new WriteBackResult(saved, unchanged, failed) { Added = added };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            throw new WorkbookAccessException(WorkbookMessages.NotAnXlsx(Path), ex, ErrorCodes.WorkbookInvalid);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WorkbookAccessException(WorkbookMessages.InUse(Path), ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
