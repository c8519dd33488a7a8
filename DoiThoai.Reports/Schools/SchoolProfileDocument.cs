using System.Text.Json;
using System.Text.Json.Serialization;

namespace DoiThoai.Reports.Schools;

// The profile as written in JSON: every field optional and loosely typed, so that the loader can name
// each missing or malformed field by its path instead of failing on the first one.
internal sealed class SchoolProfileDocument
{
    public string? ParentBody { get; set; }
    public string? IssuingBody { get; set; }
    public string? Abbreviation { get; set; }
    public string? PlaceName { get; set; }
    public string? Venue { get; set; }
    public string? TimeZone { get; set; }
    public string? SubmissionEmail { get; set; }
    public List<CohortDocument?>? Cohorts { get; set; }
    public SessionRuleDocument? SessionRule { get; set; }
    public DeadlineRuleDocument? DeadlineRule { get; set; }
    public NoticeRuleDocument? NoticeRule { get; set; }
    public SchoolYearDocument? SchoolYear { get; set; }
    public List<string?>? WorkingDays { get; set; }
    public List<HolidayDocument?>? Holidays { get; set; }
    public List<string?>? Classes { get; set; }
    public List<string?>? BoardingRooms { get; set; }
    public List<string?>? Topics { get; set; }
    public List<PersonDocument?>? People { get; set; }
    public List<string?>? StaffGroups { get; set; }
    public ReportDocument? Report { get; set; }
    public List<ExtraSessionDocument?>? ExtraSessions { get; set; }
    public List<HomeroomTeacherDocument?>? HomeroomTeachers { get; set; }
    public List<BoardingBoardMemberDocument?>? BoardingBoard { get; set; }
}

// Generated at build time: every command loads the profile, and reflection-based deserialisation costs a cold
// process tens of milliseconds of JIT before the first field is read.
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SchoolProfileDocument))]
internal sealed partial class SchoolProfileJsonContext : JsonSerializerContext;

internal sealed class CohortDocument
{
    public string? Cohort { get; set; }
    public string? Name { get; set; }
    public string? StartTime { get; set; }
    public string? Attendees { get; set; }
    public int? StudentsPerClass { get; set; }
}

internal sealed class SessionRuleDocument
{
    public int? NominalDay { get; set; }
    public int? SaturdayShiftDays { get; set; }
    public int? SundayShiftDays { get; set; }
    public string? WhenInHoliday { get; set; }
    public string? WhenOutsideTeaching { get; set; }
}

internal sealed class DeadlineRuleDocument
{
    public int? DayOfMonth { get; set; }
    public string? Time { get; set; }
    public string? WhenNotWorkingDay { get; set; }
    public string? WhenNotBeforeSession { get; set; }
}

internal sealed class NoticeRuleDocument
{
    public int? DaysBefore { get; set; }
    public List<string?>? Cohorts { get; set; }
}

internal sealed class SchoolYearDocument
{
    public string? Label { get; set; }
    public string? FirstTeachingDay { get; set; }
    public string? LastTeachingDay { get; set; }
    public List<string?>? TeachingMonths { get; set; }
}

internal sealed class HolidayDocument
{
    public string? Name { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}

internal sealed class PersonDocument
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
}

internal sealed class ReportDocument
{
    public string? Addressee { get; set; }
    public List<string?>? Recipients { get; set; }
    public List<string?>? MailTo { get; set; }
}

internal sealed class HomeroomTeacherDocument
{
    public string? Class { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
}

internal sealed class BoardingBoardMemberDocument
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public List<string?>? Rooms { get; set; }
}

internal sealed class ExtraSessionDocument
{
    public string? Cohort { get; set; }
    public string? Start { get; set; }
    public string? Reason { get; set; }
    public string? Deadline { get; set; }
}
