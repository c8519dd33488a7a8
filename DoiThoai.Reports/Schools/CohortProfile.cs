using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>How one cohort's sessions are held.</summary>
/// <param name="Cohort">Which cohort.</param>
/// <param name="Name">Vietnamese name, e.g. <c>Học sinh bán trú</c>.</param>
/// <param name="StartTime">Local start time of its sessions.</param>
/// <param name="Attendees">Who attends, as the plan words it.</param>
/// <param name="StudentsPerClass">For the day cohort, how many students each class sends; null when every student attends.</param>
public sealed record CohortProfile(Cohort Cohort, string Name, LocalTime StartTime, string Attendees, int? StudentsPerClass);
