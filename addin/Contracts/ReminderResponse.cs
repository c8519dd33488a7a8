namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/sessions/{id}/reminder</c>: the classes or rooms that sent nothing yet, the people responsible, and the reminder mail.</summary>
public sealed record ReminderResponse(string SessionId, string DeadlineText, string PlaceWord, IReadOnlyList<SilentPlaceResponse> Silent, MailResponse Mail, IReadOnlyList<string> Warnings);
