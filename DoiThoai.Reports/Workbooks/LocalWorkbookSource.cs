using System.Runtime.CompilerServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The submissions sheet of a local .xlsx file, streamed with the Open XML SDK and an <see cref="XmlReader"/>.
/// The sheet is <see cref="WorkbookLayout.SubmissionsSheet"/>, else the first sheet holding the
/// <see cref="WorkbookLayout.SubmissionsTable"/> table, else the first sheet. The file is opened read-only and
/// shared, so a teacher may keep it open in Excel. Each enumeration opens the file afresh.
/// </summary>
public sealed class LocalWorkbookSource(string path) : IWorkbookSource
{
    public string Path { get; } = path;

    public string Description => Path;

    /// <inheritdoc />
    public string SheetName { get; private set; } = WorkbookLayout.SubmissionsSheet;

    public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The file is local: reading is synchronous underneath; yielding once keeps callers from blocking on open.
        await Task.Yield();
        foreach (var row in ReadRows(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The same rows as <see cref="ReadSubmissionRowsAsync"/>, synchronously.</summary>
    /// <exception cref="WorkbookAccessException">The file is missing, locked, or not a readable .xlsx.</exception>
    public IEnumerable<SheetRow> ReadRows(CancellationToken cancellationToken = default) => Translated(ReadUntranslated(cancellationToken));

    // Exceptions surface from MoveNext; a yield cannot sit inside try/catch, hence the explicit enumerator.
    private IEnumerable<SheetRow> Translated(IEnumerable<SheetRow> rows)
    {
        IEnumerator<SheetRow>? enumerator = null;
        try
        {
            while (true)
            {
                SheetRow row;
                try
                {
                    enumerator ??= rows.GetEnumerator();
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }

                    row = enumerator.Current;
                }
                catch (Exception ex) when (Translate(ex) is { } translated)
                {
                    throw translated;
                }

                yield return row;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    private Exception? Translate(Exception ex) => ex switch
    {
        WorkbookAccessException or OperationCanceledException => null,
        FileNotFoundException or DirectoryNotFoundException => new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), ex, ErrorCodes.WorkbookNotFound),
        OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException
            => new WorkbookAccessException(WorkbookMessages.NotAnXlsx(Path), ex, ErrorCodes.WorkbookInvalid),
        IOException => new WorkbookAccessException(WorkbookMessages.InUse(Path), ex),
        UnauthorizedAccessException => new WorkbookAccessException(WorkbookMessages.Unreadable(Path, ex.Message), ex),
        _ => null,
    };

    private IEnumerable<SheetRow> ReadUntranslated(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), code: ErrorCodes.WorkbookNotFound);
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new WorkbookAccessException(WorkbookMessages.NotAnXlsx(Path), code: ErrorCodes.WorkbookInvalid);
        var (name, sheet) = FindSheet(workbook) ?? throw new WorkbookAccessException(WorkbookMessages.NoSheet(Path), code: ErrorCodes.WorkbookInvalid);
        SheetName = name;

        var reader = new WorksheetRowReader();
        var sharedStrings = reader.SharedStrings(workbook);
        var dateStyles = SpreadsheetStyles.DateStyles(workbook);
        var offset = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true ? ExcelDates.Offset1904 : 0;
        foreach (var row in reader.Rows(sheet, sharedStrings, dateStyles, offset, cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The submissions sheet: by name, else by its table, else the first sheet.</summary>
    internal static (string Name, WorksheetPart Part)? FindSheet(WorkbookPart workbook)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? "", Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, Part: s.Part!))
            .ToList() ?? [];
        if (sheets.Count == 0)
        {
            return null;
        }

        foreach (var sheet in sheets)
        {
            if (string.Equals(sheet.Name, WorkbookLayout.SubmissionsSheet, StringComparison.OrdinalIgnoreCase))
            {
                return sheet;
            }
        }

        foreach (var sheet in sheets)
        {
            if (sheet.Part.TableDefinitionParts.Any(t => string.Equals(t.Table?.Name?.Value, WorkbookLayout.SubmissionsTable, StringComparison.OrdinalIgnoreCase)))
            {
                return sheet;
            }
        }

        return sheets[0];
    }
}
