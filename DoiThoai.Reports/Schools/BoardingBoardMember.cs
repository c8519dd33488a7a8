namespace DoiThoai.Reports.Schools;

/// <summary>A member of the semi-boarding management board, who collects the submissions of some rooms.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">School Microsoft 365 address, if known.</param>
/// <param name="Rooms">The rooms this member looks after; for access, empty means none (only <c>BoardingBoardHead</c> sees every room).</param>
public sealed record BoardingBoardMember(string Name, string? Email, IReadOnlyList<string> Rooms);
