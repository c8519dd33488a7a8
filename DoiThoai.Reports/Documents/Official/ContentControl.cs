namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// A Word content control (w:sdt) the reader of a filled document finds again by its tag. The title (w:alias)
/// repeats what the tag says in words, because LibreOffice 7.4 keeps titles but drops tags on saving.
/// </summary>
/// <param name="Tag">Machine name, e.g. <c>answer:2022-10-015</c>.</param>
/// <param name="Title">Shown to the person filling it in Word, e.g. <c>Trả lời 2022-10-015</c>.</param>
/// <param name="Kind">Plain text, rich text or drop-down.</param>
/// <param name="Placeholder">Grey text shown while the control is empty.</param>
/// <param name="Value">Text already known (an answer entered earlier); null shows the placeholder.</param>
/// <param name="Items">The choices of a drop-down.</param>
public sealed record ContentControl(
    string Tag,
    string Title,
    ContentControlKind Kind,
    string Placeholder,
    string? Value = null,
    IReadOnlyList<string>? Items = null);
