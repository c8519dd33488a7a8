namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>A question raised at the session itself, as the secretary entered it in the minutes' table.</summary>
/// <param name="ClassOrRoom">Who asked, or null if not written.</param>
/// <param name="Content">The question.</param>
/// <param name="Answer">The answer given, or null.</param>
public sealed record OnTheSpotQuestion(string? ClassOrRoom, string Content, string? Answer);
