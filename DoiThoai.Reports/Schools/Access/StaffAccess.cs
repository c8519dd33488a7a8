namespace DoiThoai.Reports.Schools.Access;

/// <summary>
/// What one signed-in person may see and do: their roles, and for homeroom teachers and the boarding board the
/// classes and rooms they look after. Immutable. <see cref="None"/> for someone the school does not know.
/// </summary>
/// <param name="Roles">The roles held.</param>
/// <param name="Classes">Classes whose submissions a homeroom teacher sees.</param>
/// <param name="Rooms">Boarding rooms whose submissions a board member sees.</param>
/// <param name="AllRooms">The board member looks after every room (the head of the board only).</param>
public sealed record StaffAccess(IReadOnlySet<StaffRole> Roles, IReadOnlySet<string> Classes, IReadOnlySet<string> Rooms, bool AllRooms = false)
{
    /// <summary>Nobody the school knows: no role.</summary>
    public static StaffAccess None { get; } = new(new HashSet<StaffRole>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>The principal's access: everything.</summary>
    public static StaffAccess Everything { get; } = new(new HashSet<StaffRole>(Enum.GetValues<StaffRole>()), new HashSet<string>(), new HashSet<string>(), AllRooms: true);

    public bool Has(StaffRole role) => Roles.Contains(role);

    /// <summary>Sees every submission: the principal and the secretary.</summary>
    public bool SeesEverything => Has(StaffRole.Principal) || Has(StaffRole.Secretary);

    /// <summary>May see the submissions of <paramref name="classOrRoom"/>.</summary>
    public bool Sees(string classOrRoom) =>
        SeesEverything
        || (Has(StaffRole.HomeroomTeacher) && Classes.Contains(classOrRoom))
        || (Has(StaffRole.BoardingBoard) && (AllRooms || Rooms.Contains(classOrRoom)));
}
