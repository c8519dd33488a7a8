using System.Security.Claims;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Schools.Access;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// Reads a validated token's claims: the person's Microsoft 365 address (<c>preferred_username</c>, <c>upn</c>,
/// <c>email</c>), their name, the tenant, the scopes, and the app roles (<c>roles</c>: <c>Principal</c>,
/// <c>Secretary</c>, <c>HomeroomTeacher</c>, <c>BoardingBoard</c>) that add to what the school profile says.
/// </summary>
public static class StaffClaims
{
    private const string ScopeLong = "http://schemas.microsoft.com/identity/claims/scope";
    private const string TenantLong = "http://schemas.microsoft.com/identity/claims/tenantid";

    public static string? Email(ClaimsPrincipal user) =>
        First(user, "preferred_username", "upn", ClaimTypes.Upn, "email", ClaimTypes.Email);

    public static string? Name(ClaimsPrincipal user) => First(user, "name", ClaimTypes.Name);

    public static string? Tenant(ClaimsPrincipal user) => First(user, "tid", TenantLong);

    public static IEnumerable<string> Scopes(ClaimsPrincipal user) =>
        user.FindAll(c => c.Type is "scp" or ScopeLong).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>App roles the token carries that name a <see cref="StaffRole"/>.</summary>
    public static IEnumerable<StaffRole> AppRoles(ClaimsPrincipal user) =>
        user.FindAll(c => c.Type is "roles" or ClaimTypes.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, ignoreCase: true, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>();

    /// <summary>The profile's access for the person's address, with their app roles added.</summary>
    public static StaffAccess AccessOf(ClaimsPrincipal user, SchoolProfile profile)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return StaffAccess.None;
        }

        var fromProfile = StaffDirectory.AccessOf(profile, Email(user));
        var appRoles = AppRoles(user).ToHashSet();
        if (appRoles.IsSubsetOf(fromProfile.Roles))
        {
            return fromProfile;
        }

        // An app role adds the role, never the classes or rooms: those come from the profile only, so an app role alone
        // (a teacher of no known class, a board member with no rooms listed) sees none; only the profile's head of the board sees every room.
        var roles = new HashSet<StaffRole>(fromProfile.Roles);
        roles.UnionWith(appRoles);
        return new StaffAccess(roles, fromProfile.Classes, fromProfile.Rooms, fromProfile.AllRooms);
    }

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
