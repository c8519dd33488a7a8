using System.Text.Json;
using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>
/// Reads a school profile from JSON and validates it. A bad profile is refused with
/// <see cref="InvalidProfileException"/> naming every faulty field by its JSON path, in Vietnamese.
/// </summary>
public static class SchoolProfileLoader
{
    /// <summary>Name of the profile shipped with the product: the plan's school, 2022-2023.</summary>
    public const string DefaultProfileName = "thpt-so-2-bac-ha-2022-2023.json";

    /// <summary>The bundled profile of Trường THPT số 2 Bắc Hà for 2022-2023.</summary>
    public static SchoolProfile LoadDefault()
    {
        using var stream = typeof(SchoolProfileLoader).Assembly
            .GetManifestResourceStream($"DoiThoai.Reports.Schools.Profiles.{DefaultProfileName}")
            ?? throw new InvalidOperationException("The bundled school profile is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), DefaultProfileName);
    }

    /// <summary>Loads the profile at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidProfileException">The file is missing, not JSON, or has faulty fields.</exception>
    public static SchoolProfile LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidProfileException(path, [new ProfileError("$", "Không tìm thấy tệp hồ sơ trường.")]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Loads the file at <paramref name="path"/>, or the bundled profile when it is null.</summary>
    public static SchoolProfile LoadFileOrDefault(string? path) => path is null ? LoadDefault() : LoadFile(path);

    /// <summary>Parses and validates profile JSON; <paramref name="source"/> names it in messages.</summary>
    public static SchoolProfile Parse(string json, string source)
    {
        SchoolProfileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SchoolProfileJsonContext.Default.SchoolProfileDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (dòng {line + 1})" : "";
            throw new InvalidProfileException(source, [new ProfileError(ex.Path ?? "$", $"JSON không đọc được{where}: sai kiểu dữ liệu hoặc sai cú pháp.")]);
        }

        if (document is null)
        {
            throw new InvalidProfileException(source, [new ProfileError("$", "Tệp hồ sơ trống.")]);
        }

        var reader = new ProfileFieldReader();
        var profile = Convert(document, reader);
        Check(profile, reader);
        if (reader.Errors.Count > 0)
        {
            throw new InvalidProfileException(source, reader.Errors);
        }

        return profile;
    }

    private static SchoolProfile Convert(SchoolProfileDocument d, ProfileFieldReader r)
    {
        var session = d.SessionRule;
        var deadline = d.DeadlineRule;
        var notice = d.NoticeRule;
        var year = d.SchoolYear;
        if (session is null) r.Fail("$.sessionRule", "Thiếu quy tắc ngày tổ chức (bắt buộc).");
        if (deadline is null) r.Fail("$.deadlineRule", "Thiếu quy tắc hạn gửi ý kiến (bắt buộc).");
        if (notice is null) r.Fail("$.noticeRule", "Thiếu quy tắc thông báo (bắt buộc).");
        if (year is null) r.Fail("$.schoolYear", "Thiếu năm học (bắt buộc).");
        if (d.Report is null) r.Fail("$.report", "Thiếu nơi nhận báo cáo (bắt buộc).");

        return new SchoolProfile
        {
            ParentBody = r.Text(d.ParentBody, "$.parentBody"),
            IssuingBody = r.Text(d.IssuingBody, "$.issuingBody"),
            Abbreviation = r.Text(d.Abbreviation, "$.abbreviation"),
            PlaceName = r.Text(d.PlaceName, "$.placeName"),
            Venue = r.Text(d.Venue, "$.venue"),
            TimeZone = r.Zone(d.TimeZone, "$.timeZone"),
            SubmissionEmail = r.OptionalText(d.SubmissionEmail),
            Cohorts = r.List(d.Cohorts, "$.cohorts", (CohortDocument c, string p) => new CohortProfile(
                r.Enum(c.Cohort, $"{p}.cohort", Cohort.Day),
                r.Text(c.Name, $"{p}.name"),
                r.Time(c.StartTime, $"{p}.startTime"),
                r.Text(c.Attendees, $"{p}.attendees"),
                c.StudentsPerClass is null ? null : r.Number(c.StudentsPerClass, $"{p}.studentsPerClass", 1, 100))),
            SessionRule = session is null ? new SessionRule(28, -1, 1, CollisionPolicy.Warn, CollisionPolicy.Warn) : new SessionRule(
                r.Number(session.NominalDay, "$.sessionRule.nominalDay", 1, 31),
                r.Number(session.SaturdayShiftDays ?? 0, "$.sessionRule.saturdayShiftDays", -3, 3),
                r.Number(session.SundayShiftDays ?? 0, "$.sessionRule.sundayShiftDays", -3, 3),
                r.OptionalEnum(session.WhenInHoliday, "$.sessionRule.whenInHoliday", CollisionPolicy.Warn),
                r.OptionalEnum(session.WhenOutsideTeaching, "$.sessionRule.whenOutsideTeaching", CollisionPolicy.Warn)),
            DeadlineRule = deadline is null ? new DeadlineRule(27, new LocalTime(15, 0), CollisionPolicy.Warn, CollisionPolicy.Warn) : new DeadlineRule(
                r.Number(deadline.DayOfMonth, "$.deadlineRule.dayOfMonth", 1, 31),
                r.Time(deadline.Time, "$.deadlineRule.time"),
                r.OptionalEnum(deadline.WhenNotWorkingDay, "$.deadlineRule.whenNotWorkingDay", CollisionPolicy.Warn),
                r.OptionalEnum(deadline.WhenNotBeforeSession, "$.deadlineRule.whenNotBeforeSession", CollisionPolicy.Warn)),
            NoticeRule = notice is null ? new NoticeRule(7, new HashSet<Cohort>()) : new NoticeRule(
                r.Number(notice.DaysBefore, "$.noticeRule.daysBefore", 0, 60),
                Enums<Cohort>(notice.Cohorts, "$.noticeRule.cohorts", r, required: false)),
            SchoolYear = year is null ? new SchoolYear("", default, default, []) : new SchoolYear(
                r.Text(year.Label, "$.schoolYear.label"),
                r.Date(year.FirstTeachingDay, "$.schoolYear.firstTeachingDay"),
                r.Date(year.LastTeachingDay, "$.schoolYear.lastTeachingDay"),
                Months(year.TeachingMonths, "$.schoolYear.teachingMonths", r)),
            WorkingDays = Enums<IsoDayOfWeek>(d.WorkingDays, "$.workingDays", r, required: true),
            Holidays = r.List(d.Holidays, "$.holidays", (HolidayDocument h, string p) => new Holiday(
                r.Text(h.Name, $"{p}.name"), r.Date(h.Start, $"{p}.start"), r.Date(h.End, $"{p}.end")), required: false),
            Classes = r.Texts(d.Classes, "$.classes"),
            BoardingRooms = r.Texts(d.BoardingRooms, "$.boardingRooms", required: false),
            Topics = r.Texts(d.Topics, "$.topics"),
            People = r.List(d.People, "$.people", (PersonDocument x, string p) => new Person(
                r.Text(x.Name, $"{p}.name"), r.Enum(x.Role, $"{p}.role", PersonRole.ViceChair), r.Text(x.Title, $"{p}.title"), r.Email(x.Email, $"{p}.email"))),
            StaffGroups = r.Texts(d.StaffGroups, "$.staffGroups"),
            Report = d.Report is null ? new ReportRecipients("", []) : new ReportRecipients(
                r.Text(d.Report.Addressee, "$.report.addressee"), r.Texts(d.Report.Recipients, "$.report.recipients"))
            {
                MailTo = (d.Report.MailTo ?? []).Select((m, i) => r.Email(m, $"$.report.mailTo[{i}]", required: true)).OfType<string>().ToList(),
            },
            HomeroomTeachers = r.List(d.HomeroomTeachers, "$.homeroomTeachers", (HomeroomTeacherDocument x, string p) => new HomeroomTeacher(
                r.Text(x.Class, $"{p}.class"), r.Text(x.Name, $"{p}.name"), r.Email(x.Email, $"{p}.email")), required: false),
            BoardingBoard = r.List(d.BoardingBoard, "$.boardingBoard", (BoardingBoardMemberDocument x, string p) => new BoardingBoardMember(
                r.Text(x.Name, $"{p}.name"), r.Email(x.Email, $"{p}.email"), r.Texts(x.Rooms, $"{p}.rooms", required: false)), required: false),
            ExtraSessions = r.List(d.ExtraSessions, "$.extraSessions", (ExtraSessionDocument x, string p) => new ExtraSessionDefinition(
                r.Enum(x.Cohort, $"{p}.cohort", Cohort.Day),
                r.DateTime(x.Start, $"{p}.start"),
                r.Text(x.Reason, $"{p}.reason"),
                x.Deadline is null ? null : r.DateTime(x.Deadline, $"{p}.deadline")), required: false),
        };
    }

    // Rules that span several fields.
    private static void Check(SchoolProfile profile, ProfileFieldReader r)
    {
        foreach (var cohort in Enum.GetValues<Cohort>())
        {
            var count = profile.Cohorts.Count(c => c.Cohort == cohort);
            if (count != 1)
            {
                r.Fail("$.cohorts", count == 0
                    ? $"Thiếu khối '{cohort}': hồ sơ cần đúng một mục cho mỗi khối (Day, SemiBoarding)."
                    : $"Khối '{cohort}' khai báo {count} lần; mỗi khối chỉ một lần.");
            }
        }

        var year = profile.SchoolYear;
        if (year.FirstTeachingDay != default && year.LastTeachingDay != default && year.FirstTeachingDay >= year.LastTeachingDay)
        {
            r.Fail("$.schoolYear.lastTeachingDay", "Ngày kết thúc dạy học phải sau ngày bắt đầu.");
        }

        for (var i = 1; i < year.TeachingMonths.Count; i++)
        {
            if (year.TeachingMonths[i] <= year.TeachingMonths[i - 1])
            {
                r.Fail($"$.schoolYear.teachingMonths[{i}]", "Các tháng phải tăng dần và không lặp lại.");
            }
        }

        for (var i = 0; i < profile.Holidays.Count; i++)
        {
            var h = profile.Holidays[i];
            if (h.Start != default && h.End != default && h.End < h.Start)
            {
                r.Fail($"$.holidays[{i}].end", "Ngày kết thúc kỳ nghỉ phải bằng hoặc sau ngày bắt đầu.");
            }
        }

        foreach (var role in new[] { PersonRole.Chair, PersonRole.Secretary })
        {
            if (profile.PersonIn(role) is null && profile.People.Count > 0)
            {
                r.Fail("$.people", $"Cần một người có vai trò '{role}' ({(role == PersonRole.Chair ? "chủ trì" : "thư ký")}).");
            }
        }

        for (var i = 0; i < profile.HomeroomTeachers.Count; i++)
        {
            var name = profile.HomeroomTeachers[i].ClassName;
            if (name.Length > 0 && !profile.Classes.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                r.Fail($"$.homeroomTeachers[{i}].class", $"Lớp '{name}' không có trong danh sách lớp ($.classes).");
            }
        }

        for (var i = 0; i < profile.BoardingBoard.Count; i++)
        {
            var rooms = profile.BoardingBoard[i].Rooms;
            for (var j = 0; j < rooms.Count; j++)
            {
                if (!profile.BoardingRooms.Contains(rooms[j], StringComparer.OrdinalIgnoreCase))
                {
                    r.Fail($"$.boardingBoard[{i}].rooms[{j}]", $"Phòng '{rooms[j]}' không có trong danh sách phòng bán trú ($.boardingRooms).");
                }
            }
        }

        CheckShift(profile.SessionRule.SaturdayShiftDays, IsoDayOfWeek.Saturday, "$.sessionRule.saturdayShiftDays", r);
        CheckShift(profile.SessionRule.SundayShiftDays, IsoDayOfWeek.Sunday, "$.sessionRule.sundayShiftDays", r);
    }

    // A shift that lands on the other weekend day would need a second shift; refuse it.
    private static void CheckShift(int days, IsoDayOfWeek from, string path, ProfileFieldReader r)
    {
        var landing = (IsoDayOfWeek)((((int)from - 1 + days) % 7 + 7) % 7 + 1);
        if (landing is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && days != 0)
        {
            r.Fail(path, $"Dời {days} ngày từ {from} lại rơi vào cuối tuần.");
        }
    }

    private static HashSet<T> Enums<T>(List<string?>? items, string path, ProfileFieldReader r, bool required)
        where T : struct, Enum
    {
        var set = new HashSet<T>();
        if (items is null || items.Count == 0)
        {
            if (required)
            {
                r.Fail(path, "Danh sách trống hoặc thiếu (cần ít nhất một mục).");
            }

            return set;
        }

        for (var i = 0; i < items.Count; i++)
        {
            set.Add(r.Enum(items[i], $"{path}[{i}]", default(T)));
        }

        return set;
    }

    private static List<YearMonth> Months(List<string?>? items, string path, ProfileFieldReader r)
    {
        if (items is null || items.Count == 0)
        {
            r.Fail(path, "Danh sách tháng trống hoặc thiếu (cần ít nhất một tháng).");
            return [];
        }

        return items.Select((m, i) => r.Month(m, $"{path}[{i}]")).ToList();
    }
}
