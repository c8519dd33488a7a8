namespace DoiThoai.Reports.Documents.Official;

/// <summary>A content control inside a paragraph (plain text or drop-down), e.g. the end time of a session.</summary>
public sealed record ControlSpan(ContentControl Control) : Inline;
