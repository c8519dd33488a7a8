namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// What the secretary filled in, however it reached us: the content controls in document order, the rows of the
/// on-the-spot table and, for a document whose end-time control was lost, the closing line's text. The .docx
/// reader extracts one from the package; the Word pane sends one as JSON. Both are read by the same
/// <see cref="MinutesReader.Read(MinutesForm)"/>. Immutable.
/// </summary>
/// <param name="SessionId">The session the document records (custom property <see cref="MinutesTags.SessionProperty"/>), or null.</param>
/// <param name="Controls">The content controls, in document order.</param>
/// <param name="OnTheSpot">The rows of the on-the-spot table below its header row.</param>
public sealed record MinutesForm(string? SessionId, IReadOnlyList<MinutesControl> Controls, IReadOnlyList<MinutesTableRow> OnTheSpot)
{
    /// <summary>The text of the paragraph starting <see cref="MinutesWording.ClosingPrefix"/>, when known (the .docx path).</summary>
    public string? ClosingLine { get; init; }
}
