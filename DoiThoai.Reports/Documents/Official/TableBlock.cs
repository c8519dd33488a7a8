namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// A bordered table with a header row that repeats on every page. Each cell is a list of blocks (a cell
/// must end with a paragraph, so an empty list becomes one empty paragraph).
/// </summary>
/// <param name="Columns">Header texts and widths.</param>
/// <param name="Rows">
/// Row by row, each a list of cells. May be lazy (a deferred query): the layout enumerates it once per
/// write and streams each row out, so a table of ten thousand rows never exists whole in memory.
/// </param>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IEnumerable<IReadOnlyList<IReadOnlyList<DocumentBlock>>> Rows) : DocumentBlock;
