using DoiThoai.Reports.Schools.Access;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>The embedded default: the host listens on this machine only, and its one user may do everything.</summary>
public sealed class LocalStaff : ICurrentStaff
{
    public StaffAccess Access => StaffAccess.Everything;

    public (string? Name, string? Email) Identity => (null, null);
}
