namespace DoiThoai.Addin.Contracts;

/// <summary>One teaching month as <c>GET /api/months</c> lists it: <c>2022-10</c>, <c>tháng 10/2022</c>, its sessions, whether one was held by now.</summary>
public sealed record MonthResponse(string Month, string Label, int Sessions, bool Held);
