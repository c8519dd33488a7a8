namespace DoiThoai.Reports.Schools;

/// <summary>The parts people play in the dialogue process (plan, section 5).</summary>
public enum PersonRole
{
    /// <summary>Chủ trì: the principal.</summary>
    Chair,

    /// <summary>Thư ký: compiles submissions and writes the minutes.</summary>
    Secretary,

    /// <summary>Trưởng ban quản lý bán trú.</summary>
    BoardingBoardHead,

    /// <summary>Who writes the minutes of the semi-boarding session, named by the boarding board.</summary>
    BoardingMinuteTaker,

    /// <summary>Phụ trách thời khóa biểu: frees an afternoon and announces it.</summary>
    TimetableOfficer,

    /// <summary>Another member of the leadership (phó hiệu trưởng).</summary>
    ViceChair,
}
