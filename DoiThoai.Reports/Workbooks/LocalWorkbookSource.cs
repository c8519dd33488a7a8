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

    /// <remarks>The file is read on a thread of its own, ahead of the caller (<see cref="ReadAhead"/>): the caller's checks of the rows run meanwhile.</remarks>
    public IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync(CancellationToken cancellationToken = default) =>
        ReadAhead.ItemsAsync(ReadRows, cancellationToken);

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

        // Never the system's English ("Access to the path … is denied") inside a Vietnamese line.
        UnauthorizedAccessException => new WorkbookAccessException(WorkbookMessages.Unreadable(Path, FileErrors.Describe(ex)!), ex),

        // A last resort: every part is bounded, but memory may still be short on a small machine.
        OutOfMemoryException or InsufficientMemoryException => new WorkbookAccessException(WorkbookMessages.TooLargeToRead(Path), ex, ErrorCodes.WorkbookInvalid),
        _ => null,
    };

    private IEnumerable<SheetRow> ReadUntranslated(CancellationToken cancellationToken) => ReadSheet(null, cancellationToken);

    /// <summary>The names of the workbook's other worksheets, known once the rows have been read.</summary>
    public IReadOnlyList<string> OtherSheets { get; private set; } = [];

    /// <summary>The rows of another sheet of the workbook (header first, blank rows left out), read as the submissions sheet is.</summary>
    public IAsyncEnumerable<SheetRow> ReadSheetRowsAsync(string sheet, CancellationToken cancellationToken = default) =>
        ReadAhead.ItemsAsync(ct => Translated(ReadSheet(sheet, ct)), cancellationToken);

    // Null: the submissions sheet.
    private IEnumerable<SheetRow> ReadSheet(string? wanted, CancellationToken cancellationToken)
    {
        WorkbookFileCheck.RequireOrdinaryFile(Path);
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var sizes = PackageSizes.Read(stream, Path);
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = WorkbookLimits.MaxOtherPartBytes });
        var workbook = document.WorkbookPart ?? throw new WorkbookAccessException(WorkbookMessages.NotAnXlsx(Path), code: ErrorCodes.WorkbookInvalid);
        sizes.Check(workbook, WorkbookLimits.MaxOtherPartBytes);
        var sheets = Worksheets(workbook, sizes);
        var found = wanted is null ? FindSheet(sheets) : sheets.FirstOrDefault(s => s.Name == wanted) is { Part: not null } named ? named : null;
        var (name, sheet) = found ?? throw new WorkbookAccessException(WorkbookMessages.NoSheet(Path), code: ErrorCodes.WorkbookInvalid);
        if (wanted is null)
        {
            SheetName = name;
            OtherSheets = [.. sheets.Where(s => s.Part != sheet).Select(s => s.Name)];
        }

        if (workbook.WorkbookStylesPart is { } styles)
        {
            sizes.Check(styles, WorkbookLimits.MaxOtherPartBytes);
        }

        var reader = new WorksheetRowReader { File = Path, Sizes = sizes };
        var sharedStrings = reader.SharedStrings(workbook);
        var dateStyles = SpreadsheetStyles.DateStyles(workbook);
        var offset = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true ? ExcelDates.Offset1904 : 0;
        foreach (var row in reader.Rows(sheet, name, sharedStrings, dateStyles, offset, cancellationToken))
        {
            yield return row;
        }
    }

    private static List<(string Name, WorksheetPart Part)> Worksheets(WorkbookPart workbook, PackageSizes? sizes)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? "", Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, Part: s.Part!))
            .ToList() ?? [];
        foreach (var table in sheets.SelectMany(s => s.Part.TableDefinitionParts))
        {
            sizes?.Check(table, WorkbookLimits.MaxOtherPartBytes);
        }

        return sheets;
    }

    /// <summary>The submissions sheet: by name, else by its table, else the first sheet.</summary>
    internal static (string Name, WorksheetPart Part)? FindSheet(WorkbookPart workbook) => FindSheet(Worksheets(workbook, null));

    private static (string Name, WorksheetPart Part)? FindSheet(List<(string Name, WorksheetPart Part)> sheets)
    {
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
