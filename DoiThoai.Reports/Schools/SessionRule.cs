namespace DoiThoai.Reports.Schools;

/// <summary>
/// When regular sessions fall: on <see cref="NominalDay"/> of each teaching month, shifted off weekends
/// by the given number of days (the plan: Saturday → Friday, −1; Sunday → Monday, +1).
/// </summary>
public sealed record SessionRule(int NominalDay, int SaturdayShiftDays, int SundayShiftDays, CollisionPolicy WhenInHoliday, CollisionPolicy WhenOutsideTeaching);
