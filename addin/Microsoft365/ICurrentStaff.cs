using DoiThoai.Reports.Schools.Access;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>Who made the current request and what they may see: from the token and the school profile in Microsoft 365 mode, everything in the embedded default.</summary>
public interface ICurrentStaff
{
    /// <summary>The current request's access.</summary>
    StaffAccess Access { get; }

    /// <summary>The signed-in person's name and address, or nulls in the embedded default.</summary>
    (string? Name, string? Email) Identity { get; }
}
