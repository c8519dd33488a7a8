using DoiThoai.Reports.Schools.Access;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// The authorization policies of the API, by name, for <c>.RequireAuthorization(Policies.Principal)</c> on a route. In
/// Microsoft 365 mode each needs a valid token for <c>access_as_user</c> (else 401) and the role (else 403
/// <c>FORBIDDEN_ROLE</c>); in the embedded default nobody signs in and every policy lets the one local user through. A
/// route that names none gets the fallback: a valid token, any role or none (only <c>/api/me</c> should rely on it).
/// </summary>
public static class Policies
{
    /// <summary>The principal (and vice-principals): everything, the report, drafts, the calendar, the workbook check.</summary>
    public const string Principal = "DoiThoai.Principal";

    /// <summary>The secretary or the principal: sessions, digest, minutes and saving answers.</summary>
    public const string Secretary = "DoiThoai.Secretary";

    /// <summary>Any member of staff the school knows (principal, secretary, homeroom teacher, boarding board): submissions, filtered by what they may see.</summary>
    public const string Staff = "DoiThoai.Staff";

    /// <summary>Signed in, whoever they are (what <c>/api/me</c> needs, to say "no role").</summary>
    public const string SignedIn = "DoiThoai.SignedIn";

    /// <summary>Every policy of this class with the roles that satisfy it (none: any signed-in person).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<StaffRole>> Roles { get; } = new Dictionary<string, IReadOnlySet<StaffRole>>
    {
        [Principal] = new HashSet<StaffRole> { StaffRole.Principal },
        [Secretary] = new HashSet<StaffRole> { StaffRole.Principal, StaffRole.Secretary },
        [Staff] = new HashSet<StaffRole>(Enum.GetValues<StaffRole>()),
        [SignedIn] = new HashSet<StaffRole>(),
    };
}
