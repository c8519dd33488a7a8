namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Every bound the workbook readers keep, in one place: the format's own limits (what Excel itself can hold) and the
/// caps that keep a hostile or broken file from taking more than a few hundred megabytes or half a minute. The design
/// point is a workbook of <see cref="MaxDataRows"/> rows of ordinary length (about 6 MB compressed, 56 MB of sheet XML
/// for the template's columns), ten times the largest school year seen; anything beyond is answered with a Vietnamese
/// message, never read at any cost. Documented in docs/workbook.md ("Limits").
/// </summary>
public static class WorkbookLimits
{
    /// <summary>Rows of a worksheet in Excel (2007 and later): a row numbered beyond is not a file Excel wrote.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Columns of a worksheet in Excel (A to XFD): a cell beyond is not a file Excel wrote.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Characters a cell can hold in Excel; a longer text is read only this far (plus one, to know it is longer).</summary>
    public const int MaxCellText = WorkbookLayout.MaxCellText;

    /// <summary>
    /// Text one row may carry: sixteen full cells (the 14 columns of the sheet and two more). Beyond it, a row's further
    /// text cells are reported unreadable instead of being held: no real submission row comes near it.
    /// </summary>
    public const int MaxRowTextChars = 16 * (MaxCellText + 1);

    /// <summary>Submission rows read below the header: ten times the largest school year. Further rows are counted, not parsed.</summary>
    public const int MaxDataRows = 100_000;

    /// <summary>
    /// Characters of cell text kept from the rows read (accepted and rejected): 100,000 rows of 400 characters, about
    /// 80 MB in memory. A sheet that holds more stops being parsed there, with an error, instead of filling memory.
    /// </summary>
    public const long MaxKeptTextChars = 40_000_000;

    /// <summary>
    /// Findings kept of each code; the rest are only counted. A teacher fixes a problem after its first examples, and
    /// a sheet of a million broken rows must not produce a million lines (nor hold them).
    /// </summary>
    public const int MaxFindingsPerCode = 200;

    /// <summary>Bytes of the .xlsx file itself: a sheet of <see cref="MaxDataRows"/> rows is about 6 MB; pictures may add some.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Entries of the .xlsx (zip) package: a workbook has a few dozen; each entry costs memory before any is read.</summary>
    public const int MaxPackageEntries = 10_000;

    /// <summary>
    /// Decompressed bytes of one worksheet: 4.5 times the 56 MB of <see cref="MaxDataRows"/> template rows. A zip
    /// compresses repeated XML a thousandfold, so a small file can unpack to gigabytes; this is what bounds reading time.
    /// </summary>
    public const long MaxSheetPartBytes = 256L * 1024 * 1024;

    /// <summary>Decompressed bytes of the shared-strings part (the text of every cell Excel saved), as for a sheet.</summary>
    public const long MaxSharedStringsPartBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Decompressed bytes of every other XML part (workbook, styles, relationships, tables, content types): they are
    /// small, and the Open XML SDK loads some of them whole, at several times their size.
    /// </summary>
    public const long MaxOtherPartBytes = 8L * 1024 * 1024;

    /// <summary>Shared strings held (each costs an object even when tiny): more than the cells of <see cref="MaxDataRows"/> rows.</summary>
    public const int MaxSharedStrings = 2_000_000;

    /// <summary>Characters of all shared strings together, held while the sheet is read: about 80 MB in memory.</summary>
    public const long MaxSharedStringChars = 40_000_000;

    /// <summary>
    /// Longest markup (a tag with its attributes, a comment) in a part. Cell text is read in chunks, but the XML reader
    /// holds a tag whole; Excel's longest tags are a few hundred bytes.
    /// </summary>
    public const int MaxMarkupBytes = 1024 * 1024;

    /// <summary>Merged areas of the sheet: a sheet of submissions has a handful (titles, a class merged over its rows).</summary>
    public const int MaxMergedAreas = 10_000;

    /// <summary>
    /// Columns a merged area lends its value to, from column A: 256 (A to IV, the old Excel width) is far beyond the
    /// sheet's columns, and keeps an area of the whole sheet from adding 16,384 cells to every row.
    /// </summary>
    public const int MaxMergedColumns = 256;

    /// <summary>
    /// Other sheets looked into for submission rows typed outside the submissions sheet: each look opens the file
    /// again, and a workbook has a handful of sheets, so a file of thousands of sheets costs no more than ten looks.
    /// </summary>
    public const int MaxOtherSheets = 10;

    /// <summary>Cells merged areas may fill in one sheet; overlapping areas (which Excel refuses) would otherwise cost rows times areas.</summary>
    public const long MaxMergedFills = 10_000_000;
}
