using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Submissions;

/// <summary>
/// One student question or recommendation (ý kiến, kiến nghị), as a row of the shared workbook.
/// Text fields are NFC-normalised and trimmed by the reader.
/// </summary>
public sealed record Submission
{
    /// <summary>Unique ID within the workbook, e.g. <c>2022-10-015</c>.</summary>
    public required string Id { get; init; }

    public required LocalDate ReceivedOn { get; init; }

    /// <summary>Time of receipt, when the sheet gives one (for the 15:00 deadline).</summary>
    public LocalTime? ReceivedAt { get; init; }

    public required Cohort Cohort { get; init; }

    /// <summary>Class (<c>10A1</c>) for the day cohort, boarding room (<c>Phòng 3</c>) for the semi-boarding one.</summary>
    public required string ClassOrRoom { get; init; }

    /// <summary>One of the profile's topics.</summary>
    public required string Topic { get; init; }

    public required string Content { get; init; }

    /// <summary>The student's name; never printed when <see cref="IsAnonymous"/>.</summary>
    public string? StudentName { get; init; }

    public bool IsAnonymous { get; init; }

    public required SubmissionChannel Channel { get; init; }

    /// <summary>The homeroom teacher or boarding-board member who entered the row.</summary>
    public string? EnteredBy { get; init; }

    /// <summary>The month whose session takes it up.</summary>
    public required YearMonth SessionMonth { get; init; }

    public required SubmissionStatus Status { get; init; }

    public string? Answer { get; init; }

    public string? AnsweredBy { get; init; }

    /// <summary>The name that may be printed: null when the student asked to stay anonymous.</summary>
    public string? DisplayName => IsAnonymous ? null : StudentName;
}
