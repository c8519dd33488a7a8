namespace DoiThoai.Reports.Documents.Official;

/// <summary>What a paragraph is for; the layout decides its font size, alignment, indent and spacing.</summary>
public enum ParagraphRole
{
    /// <summary>Running text: 14 pt, justified, first-line indent 1.27 cm, 6 pt before and after.</summary>
    Body,

    /// <summary>Section heading (<c>I. CÔNG TÁC TỔ CHỨC</c>): 14 pt bold, first-line indent.</summary>
    Heading,

    /// <summary>Sub-heading (<c>1. Số lượng ý kiến</c>): 14 pt bold, first-line indent.</summary>
    SubHeading,

    /// <summary>Text inside a table cell: 12 pt, left, no indent, little spacing.</summary>
    Cell,

    /// <summary>A table's header cell or a number: 12 pt, centred.</summary>
    CellCentered,

    /// <summary>A centred body line.</summary>
    Centered,
}
