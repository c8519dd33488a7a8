namespace DoiThoai.Reports.Documents.Official;

/// <summary>A block of a document's body: a paragraph, a table or a block content control.</summary>
public abstract record DocumentBlock;
