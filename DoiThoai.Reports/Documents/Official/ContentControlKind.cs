namespace DoiThoai.Reports.Documents.Official;

/// <summary>The kinds of Word content control the documents use.</summary>
public enum ContentControlKind
{
    /// <summary>One run of plain text (w:text).</summary>
    PlainText,

    /// <summary>Formatted text, possibly several paragraphs or a table (w:richText).</summary>
    RichText,

    /// <summary>A choice from a fixed list (w:dropDownList): the read-back maps it exactly.</summary>
    DropDown,
}
