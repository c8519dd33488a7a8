namespace DoiThoai.Reports.Documents.Official;

/// <summary>Text in one style; newlines become line breaks. Sanitized when written.</summary>
public sealed record TextSpan(string Text, bool Bold = false, bool Italic = false) : Inline;
