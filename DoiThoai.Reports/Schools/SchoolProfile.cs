using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>
/// Everything school-specific: who the school is, when and where it holds its dialogue sessions,
/// its classes, people and report recipients. Another school uses the product by writing its own.
/// Immutable; built and validated by <see cref="SchoolProfileLoader"/>.
/// </summary>
public sealed record SchoolProfile
{
    /// <summary>Cơ quan chủ quản, as printed in the header (e.g. <c>SỞ GD&amp;ĐT LÀO CAI</c>).</summary>
    public required string ParentBody { get; init; }

    /// <summary>Cơ quan ban hành: the school itself (e.g. <c>TRƯỜNG THPT SỐ 2 BẮC HÀ</c>).</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The school's code in document numbers, e.g. <c>THPTS2.BH</c> in <c>05/BC-THPTS2.BH</c>.</summary>
    public required string Abbreviation { get; init; }

    /// <summary>Place name of the place-date line (<c>Bắc Hà, ngày ...</c>).</summary>
    public required string PlaceName { get; init; }

    public required string Venue { get; init; }

    public required DateTimeZone TimeZone { get; init; }

    /// <summary>Where homeroom teachers send soft copies.</summary>
    public string? SubmissionEmail { get; init; }

    public required IReadOnlyList<CohortProfile> Cohorts { get; init; }

    public required SessionRule SessionRule { get; init; }

    public required DeadlineRule DeadlineRule { get; init; }

    public required NoticeRule NoticeRule { get; init; }

    public required SchoolYear SchoolYear { get; init; }

    /// <summary>Days of the week on which the school office works (deadlines should fall on one).</summary>
    public required IReadOnlySet<IsoDayOfWeek> WorkingDays { get; init; }

    public required IReadOnlyList<Holiday> Holidays { get; init; }

    public required IReadOnlyList<string> Classes { get; init; }

    public required IReadOnlyList<string> BoardingRooms { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>The staff groups that attend every session (plan, section 3).</summary>
    public required IReadOnlyList<string> StaffGroups { get; init; }

    public required ReportRecipients Report { get; init; }

    public required IReadOnlyList<ExtraSessionDefinition> ExtraSessions { get; init; }

    /// <summary>The homeroom teacher of each class, where known (reminders, and who sees which class).</summary>
    public IReadOnlyList<HomeroomTeacher> HomeroomTeachers { get; init; } = [];

    /// <summary>The members of the semi-boarding management board, where known.</summary>
    public IReadOnlyList<BoardingBoardMember> BoardingBoard { get; init; } = [];

    /// <summary>
    /// Who looks after a boarding room: the head of the board (<see cref="PersonRole.BoardingBoardHead"/>, every room)
    /// and the board members who list it: whom a room's reminder goes to, by the rule <see cref="Access.StaffDirectory"/>
    /// gives who may read the room; a member with no rooms listed looks after none.
    /// </summary>
    public IEnumerable<(string Name, string? Email)> LookingAfter(string room) =>
        People.Where(p => p.Role == PersonRole.BoardingBoardHead).Select(p => (p.Name, p.Email))
            .Concat(BoardingBoard.Where(m => m.LooksAfter(room)).Select(m => (m.Name, m.Email)));

    /// <summary>The cohort's settings; every profile defines both cohorts.</summary>
    public CohortProfile For(Cohort cohort) => Cohorts.First(c => c.Cohort == cohort);

    /// <summary>The first person holding <paramref name="role"/>, if any.</summary>
    public Person? PersonIn(PersonRole role) => People.FirstOrDefault(p => p.Role == role);

    /// <summary>The holiday or break containing <paramref name="date"/>, if any.</summary>
    public Holiday? HolidayOn(LocalDate date) => Holidays.FirstOrDefault(h => h.Contains(date));

    /// <summary>A working day that is not inside a holiday or break.</summary>
    public bool IsWorkingDay(LocalDate date) => WorkingDays.Contains(date.DayOfWeek) && HolidayOn(date) is null;
}
