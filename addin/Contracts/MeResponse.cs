namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/me</c>: who is signed in (nulls in the embedded default), their roles, and the classes and rooms they look after.</summary>
public sealed record MeResponse(string Mode, string? Name, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Classes, IReadOnlyList<string> Rooms);
