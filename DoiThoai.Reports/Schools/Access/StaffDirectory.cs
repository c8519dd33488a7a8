namespace DoiThoai.Reports.Schools.Access;

/// <summary>
/// Who is who, from the school profile, by Microsoft 365 address (compared without case): the chair and the
/// vice-chairs are principals; the secretary and the boarding session's minute-taker are secretaries; homeroom
/// teachers get their classes; the head of the boarding board every room, a member the rooms listed for them (none
/// listed: none, so a forgotten list never opens every room). Pure.
/// </summary>
public static class StaffDirectory
{
    /// <summary>What the person with <paramref name="email"/> may do; <see cref="StaffAccess.None"/> when the profile does not know them.</summary>
    public static StaffAccess AccessOf(SchoolProfile profile, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return StaffAccess.None;
        }

        var roles = new HashSet<StaffRole>();
        var classes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rooms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allRooms = false;
        foreach (var person in profile.People.Where(p => Same(p.Email, email)))
        {
            switch (person.Role)
            {
                case PersonRole.Chair or PersonRole.ViceChair:
                    roles.Add(StaffRole.Principal);
                    break;
                case PersonRole.Secretary or PersonRole.BoardingMinuteTaker:
                    roles.Add(StaffRole.Secretary);
                    break;
                case PersonRole.BoardingBoardHead:
                    roles.Add(StaffRole.BoardingBoard);
                    allRooms = true;
                    break;
            }
        }

        foreach (var teacher in profile.HomeroomTeachers.Where(t => Same(t.Email, email)))
        {
            roles.Add(StaffRole.HomeroomTeacher);
            classes.Add(teacher.ClassName);
        }

        foreach (var member in profile.BoardingBoard.Where(m => Same(m.Email, email)))
        {
            roles.Add(StaffRole.BoardingBoard);
            rooms.UnionWith(member.Rooms);
        }

        return roles.Count == 0 ? StaffAccess.None : new StaffAccess(roles, classes, rooms, allRooms);
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
