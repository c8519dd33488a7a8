using DoiThoai.Reports.Schools.Access;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// Microsoft 365 mode: the current request's person, from its validated token and the school profile, worked out once
/// per request and kept on the request only (nothing per user stays in the host's memory).
/// </summary>
public sealed class SignedInStaff(IHttpContextAccessor accessor, SchoolWorkspace workspace) : ICurrentStaff
{
    private static readonly object Key = new();

    public StaffAccess Access
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return StaffAccess.None;
            }

            if (http.Items.TryGetValue(Key, out var kept) && kept is StaffAccess access)
            {
                return access;
            }

            access = StaffClaims.AccessOf(http.User, workspace.Profile);
            http.Items[Key] = access;
            return access;
        }
    }

    public (string? Name, string? Email) Identity => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? (StaffClaims.Name(user), StaffClaims.Email(user))
        : (null, null);
}
