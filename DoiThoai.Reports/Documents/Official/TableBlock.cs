namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// A bordered table with a header row that repeats on every page. Each cell is a list of blocks (a cell
/// must end with a paragraph, so an empty list becomes one empty paragraph).
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<IReadOnlyList<DocumentBlock>>> Rows) : DocumentBlock;
