namespace DoiThoai.Addin.Contracts;

/// <summary>A session of the month in its summary: id, title, start in Vietnamese, held by now.</summary>
public sealed record SummarySessionResponse(string Id, string Title, string StartText, bool Held);
