namespace DoiThoai.Reports.Schools.Access;

/// <summary>What a member of staff may do in DoiThoai (Microsoft 365 mode).</summary>
public enum StaffRole
{
    /// <summary>Hiệu trưởng and the leadership: everything, including the monthly report and its mail.</summary>
    Principal,

    /// <summary>Thư ký: the minutes, saving answers, the digest.</summary>
    Secretary,

    /// <summary>GVCN: their own class's submissions only.</summary>
    HomeroomTeacher,

    /// <summary>Ban quản lý bán trú: their rooms' submissions only.</summary>
    BoardingBoard,
}
