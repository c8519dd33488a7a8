namespace DoiThoai.Reports.Documents.Official;

/// <summary>A table column: its header text and width in twentieths of a point (dxa).</summary>
public sealed record TableColumn(string Header, int Width);
