using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>An extra (đột xuất) session entered in the profile by hand, with the reason it is held.</summary>
public sealed record ExtraSessionDefinition(Cohort Cohort, LocalDateTime Start, string Reason, LocalDateTime? Deadline);
