namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/months</c>: the school year's teaching months and the one the report button works on (the last that had sessions, or null).</summary>
public sealed record MonthListResponse(string? DefaultMonth, IReadOnlyList<MonthResponse> Months);
