namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>What the secretary wrote for one submission in the minutes.</summary>
/// <param name="Id">The submission's ID, from the control's tag or title.</param>
/// <param name="Answer">The answer, or null when left empty (placeholder).</param>
/// <param name="Handling">The handling chosen, as shown (e.g. <c>Đã giải quyết</c>), or null when none was chosen.</param>
public sealed record MinutesEntry(string Id, string? Answer, string? Handling);
