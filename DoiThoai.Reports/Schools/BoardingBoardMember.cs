namespace DoiThoai.Reports.Schools;

/// <summary>A member of the semi-boarding management board, who collects the submissions of some rooms.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">School Microsoft 365 address, if known.</param>
/// <param name="Rooms">The rooms this member looks after; empty means none (only <c>BoardingBoardHead</c> sees every room).</param>
public sealed record BoardingBoardMember(string Name, string? Email, IReadOnlyList<string> Rooms)
{
    /// <summary>
    /// Whether the member looks after <paramref name="room"/> (named without case): one rule for what they may read and
    /// what they are reminded of, so a member is never asked for a room's submissions they cannot see.
    /// </summary>
    public bool LooksAfter(string room) => Rooms.Contains(room, StringComparer.OrdinalIgnoreCase);
}
