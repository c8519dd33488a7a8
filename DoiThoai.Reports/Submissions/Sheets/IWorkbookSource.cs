namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Where the submissions sheet comes from: a local .xlsx or a workbook in OneDrive/SharePoint through
/// Microsoft Graph. A source only delivers raw rows; one parser interprets them for every source.
/// </summary>
public interface IWorkbookSource
{
    /// <summary>What to call the source in messages (a file path, or the Graph item).</summary>
    string Description { get; }

    /// <summary>
    /// The rows of the submissions sheet in sheet order, header row first, blank rows left out. Raises
    /// <see cref="WorkbookAccessException"/> with a Vietnamese message when the workbook cannot be read.
    /// </summary>
    IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The name of the sheet the rows come from, for cell addresses (<c>KienNghi!E12</c>). Known once reading
    /// has started (a source may fall back to another sheet); <see cref="WorkbookLayout.SubmissionsSheet"/> by default.
    /// </summary>
    string SheetName => WorkbookLayout.SubmissionsSheet;

    /// <summary>
    /// The workbook's other worksheets, known once the rows have been read, so that submission rows typed on a copy
    /// of the sheet are reported rather than silently left out; empty when the source does not look (Graph).
    /// </summary>
    IReadOnlyList<string> OtherSheets => [];

    /// <summary>The rows of another sheet (one of <see cref="OtherSheets"/>), as <see cref="ReadSubmissionRowsAsync"/> gives them.</summary>
    IAsyncEnumerable<SheetRow> ReadSheetRowsAsync(string sheet, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<SheetRow>();
}
