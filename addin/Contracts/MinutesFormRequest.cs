using DoiThoai.Reports.Documents.Minutes;

namespace DoiThoai.Addin.Contracts;

/// <summary>
/// The JSON body of <c>POST /api/sessions/{id}/minutes</c>: what the Word pane reads from the open minutes. Read by
/// the same rules as a .docx (<see cref="MinutesReader.Read(MinutesForm)"/>).
/// </summary>
/// <param name="DocumentSessionId">The document's <c>DoiThoaiSession</c> property, if known; another session's is refused.</param>
/// <param name="Controls">The content controls, in document order.</param>
/// <param name="OnTheSpot">The rows of the on-the-spot table.</param>
public sealed record MinutesFormRequest(string? DocumentSessionId, IReadOnlyList<MinutesControlRequest?>? Controls, IReadOnlyList<OnTheSpotRowRequest?>? OnTheSpot)
{
    public MinutesForm ToForm() => new(
        DocumentSessionId,
        [.. (Controls ?? []).OfType<MinutesControlRequest>().Select(c => new MinutesControl(c.Tag, c.Title, c.Text))],
        [.. (OnTheSpot ?? []).OfType<OnTheSpotRowRequest>().Select(r => new MinutesTableRow(r.ClassOrRoom, r.Content, r.Answer))]);
}
