namespace DoiThoai.Reports.Schools;

/// <summary>The two groups of students the plan holds separate sessions with.</summary>
public enum Cohort
{
    /// <summary>Học sinh khác: three students per class, afternoon session.</summary>
    Day,

    /// <summary>Học sinh bán trú: all semi-boarding students, evening session.</summary>
    SemiBoarding,
}
