using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Writes answers and new rows into a local .xlsx: finds the rows by ID in the file as it is now
/// (<see cref="SheetWritePlan"/>), writes the new workbook beside it as a stream (<see cref="XlsxRewrite"/>), reads that
/// copy back the way every reader does, and only then puts it in place of the file (<see cref="DurableFile"/>): killed
/// at any moment, the workbook is the old one or the new one. Only Status / Answer / Answered-by cells are touched,
/// always as inline strings (never formulas); nothing is written when nothing changes. A workbook saved by another
/// program during the write (Excel) is not overwritten: the write starts again from it. Every write holds the
/// workbook (<see cref="LocalWorkbookStore"/>), so only a holder ever makes the temporary copy.
/// </summary>
public sealed class LocalWorkbookWriter(string path) : IWorkbookWriter
{
    // A workbook that keeps changing under us after this many tries is left to the person to retry.
    private const int Attempts = 3;

    public string Path { get; } = path;

    public async Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default) =>
        await CommitHeldAsync(new WriteBatch(updates, []), cancellationToken);

    public async Task<WriteBackResult> AppendAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken = default)
    {
        var result = await CommitHeldAsync(new WriteBatch([], submissions), cancellationToken);

        // This older entry point reports new rows as saved.
        return result with { Saved = result.Added, Added = [] };
    }

    private async Task<WriteBackResult> CommitHeldAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await new LocalWorkbookStore(Path).BeginAsync(cancellationToken);
        return await transaction.CommitAsync(batch, cancellationToken);
    }

    /// <summary>
    /// Writes every update and new row of <paramref name="batch"/> into one new version of the file, confirms it, and
    /// replaces the workbook with it once. The caller holds the workbook (a <see cref="LocalWorkbookStore"/> transaction).
    /// </summary>
    internal WriteBackResult Commit(WriteBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return WriteBackResult.Nothing;
        }

        for (var attempt = 1; ; attempt++)
        {
            var version = LocalWorkbookStore.VersionOf(Path) ?? throw new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), code: ErrorCodes.WorkbookNotFound);
            var plan = SheetWritePlan.Make(new LocalWorkbookSource(Path).ReadRows(cancellationToken), batch, cancellationToken);
            if (plan.ChangesNothing)
            {
                return new WriteBackResult(plan.Saved, plan.Unchanged, plan.Failed);
            }

            var temporary = LocalWorkbookLock.TemporaryFileOf(Path);
            try
            {
                Write(plan, temporary);
                if (!Confirmed(temporary, plan))
                {
                    var failed = plan.Saved.Concat(plan.Added).Select(id => new WriteBackFailure(id, WorkbookMessages.NotConfirmed(id)));
                    return new WriteBackResult([], plan.Unchanged, [.. plan.Failed, .. failed]);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (LocalWorkbookStore.VersionOf(Path) != version)
                {
                    // Saved by another program meanwhile: plan again from what it saved, never over it.
                    if (attempt < Attempts)
                    {
                        continue;
                    }

                    throw new WorkbookAccessException(WorkbookMessages.ChangedWhileWriting(Path), code: ErrorCodes.WorkbookBusy);
                }

                try
                {
                    DurableFile.Replace(temporary, Path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new WorkbookAccessException(WorkbookMessages.InUse(Path), ex);
                }

                return new WriteBackResult(plan.Saved, plan.Unchanged, plan.Failed) { Added = plan.Added };
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
            {
                throw new WorkbookAccessException(WorkbookMessages.NotAnXlsx(Path), ex, ErrorCodes.WorkbookInvalid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && FileErrors.Describe(ex) is { } reason)
            {
                throw new WorkbookAccessException(WorkbookMessages.NotWritten(Path, reason), ex);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }

    private void Write(SheetWritePlan plan, string temporary)
    {
        // Shared for reading, as every reader opens it: Excel may hold the workbook open for reading meanwhile.
        using var source = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        XlsxRewrite.Write(source, output, plan);

        // On disk before it is read back and renamed: the rename is atomic, the bytes behind it must be too.
        output.Flush(flushToDisk: true);
    }

    // The copy read back as every reader reads it: each saved and added ID shows what was written.
    private static bool Confirmed(string temporary, SheetWritePlan plan)
    {
        var pending = new HashSet<string>(plan.Saved.Concat(plan.Added), StringComparer.OrdinalIgnoreCase);
        var expected = plan.Edits.ToDictionary(e => e.Key, e => e.Value);
        try
        {
            var rows = new LocalWorkbookSource(temporary).ReadRows().ToList();
            var (headerIndex, map) = SubmissionSheetReader.FindHeader(rows.Take(SubmissionSheetReader.HeaderSearchRows).ToList());
            var appended = plan.Appended.ToDictionary(r => r.RowNumber);
            foreach (var row in rows.Skip(headerIndex + 1))
            {
                var id = SheetWritePlan.TextIn(row, map, SubmissionColumn.Id);
                if (!pending.Contains(id))
                {
                    continue;
                }

                var holds = expected.TryGetValue(row.RowNumber, out var cells)
                    ? cells.All(c => TextAt(row, c.Column) == c.Text)
                    : appended.TryGetValue(row.RowNumber, out var added) && added.Cells.All(c => c.Text is null || TextAt(row, c.Column) == c.Text);
                if (holds)
                {
                    pending.Remove(id);
                }
            }
        }
        catch (WorkbookAccessException)
        {
            return false;
        }

        return pending.Count == 0;
    }

    private static string TextAt(SheetRow row, int column)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Column == column)
            {
                return cell.Kind == SheetCellKind.Text && cell.Text is { } text ? UntrustedText.Clean(text) : "";
            }
        }

        return "";
    }
}
