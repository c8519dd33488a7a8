namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// One content control of a filled minutes document, as Word's API (<c>contentControls</c>: tag, title, text) or
/// the .docx gives it. What it means is decided in one place, <see cref="MinutesReader.Read(MinutesForm)"/>.
/// Immutable.
/// </summary>
/// <param name="Tag">The control's tag (<c>answer:2022-10-001</c>), or null when a program dropped it.</param>
/// <param name="Title">The control's title (<c>Trả lời 2022-10-001</c>), or null.</param>
/// <param name="Text">What the control shows; null or a placeholder text when nothing was typed.</param>
public sealed record MinutesControl(string? Tag, string? Title, string? Text)
{
    /// <summary>
    /// The text of the last cell of the table row the control stands in, when known: where a handling drop-down
    /// that lost both tag and title (LibreOffice 7.4) is still read for its answer. Null for Word's API.
    /// </summary>
    public string? RowEndText { get; init; }
}
