namespace DoiThoai.Reports.Documents.Official;

/// <summary>One paragraph in a given role.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines, ParagraphRole Role = ParagraphRole.Body) : DocumentBlock
{
    /// <summary>A paragraph of plain text.</summary>
    public static ParagraphBlock Of(string text, ParagraphRole role = ParagraphRole.Body, bool bold = false, bool italic = false) =>
        new([new TextSpan(text, bold, italic)], role);
}
