using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestData;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using static DoiThoai.Reports.Scheduling.CalendarWarningCodes;

namespace DoiThoai.Reports.Tests.Scheduling;

[TestClass]
public sealed class SessionCalendarTest
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    // A year with no holidays and a long teaching period, so only the weekend shift is at work.
    private static readonly SchoolProfile OpenYear = TestProfiles.WithYear("2023-2024", new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));

    private static Session Day(SchoolProfile profile, int year, int month) =>
        SessionCalendar.Build(profile).Find(SessionCalendar.RegularId(new YearMonth(year, month), Cohort.Day))
        ?? throw new AssertFailedException($"no day session in {year}-{month}");

    [TestMethod]
    [DataRow(2023, 6, "2023-06-28", DisplayName = "Thứ Tư 28 → same day")]
    [DataRow(2023, 9, "2023-09-28", DisplayName = "Thứ Năm 28 → same day")]
    [DataRow(2023, 4, "2023-04-28", DisplayName = "Thứ Sáu 28 → same day")]
    [DataRow(2023, 10, "2023-10-27", DisplayName = "Thứ Bảy 28 → Thứ Sáu 27")]
    [DataRow(2023, 5, "2023-05-29", DisplayName = "Chủ nhật 28 → Thứ Hai 29")]
    [DataRow(2023, 8, "2023-08-28", DisplayName = "Thứ Hai 28 → same day")]
    [DataRow(2023, 3, "2023-03-28", DisplayName = "Thứ Ba 28 → same day")]
    public void The_28th_on_each_weekday(int year, int month, string expected)
    {
        var session = Day(OpenYear, year, month);

        Assert.AreEqual(D(expected), session.Start.Date);
        Assert.AreEqual(new LocalTime(14, 0), session.Start.TimeOfDay);
        Assert.AreEqual(new LocalDateTime(year, month, 27, 15, 0), session.Deadline.LocalDateTime);
        Assert.AreEqual(D(expected).PlusDays(-7), session.Notice);
    }

    [TestMethod]
    public void Saturday_28th_moves_the_day_session_before_its_own_deadline()
    {
        var session = Day(OpenYear, 2023, 10);

        var warning = session.Warnings.Single(w => w.Code == DeadlineNotBeforeSession);
        StringAssert.Contains(warning.Suggestion, "Thứ Năm 26/10/2023");
        // The evening session starts after 15:00, so the same deadline is fine for it.
        var evening = SessionCalendar.Build(OpenYear).Find("2023-10-semi-boarding")!;
        Assert.IsFalse(evening.Warnings.Any(w => w.Code == DeadlineNotBeforeSession));
    }

    [TestMethod]
    public void February_in_a_leap_year_keeps_the_28th()
    {
        var session = Day(OpenYear, 2024, 2);

        Assert.AreEqual(D("2024-02-28"), session.Start.Date);
        Assert.AreEqual(0, session.Warnings.Count, string.Join("\n", session.Warnings));
    }

    [TestMethod]
    public void February_with_a_sunday_28th_crosses_into_march_and_says_so()
    {
        var profile = TestProfiles.WithYear("2026-2027", new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));

        var session = Day(profile, 2027, 2);

        Assert.AreEqual(D("2027-03-01"), session.Start.Date);
        Assert.AreEqual(new YearMonth(2027, 2), session.Month);
        var warning = session.Warnings.Single(w => w.Code == SessionCrossesMonth);
        StringAssert.Contains(warning.Suggestion, "Thứ Sáu 26/02/2027");
        Assert.IsTrue(session.Warnings.Any(w => w.Code == DeadlineOnWeekend), "27/02/2027 is a Saturday");
    }

    [TestMethod]
    [DataRow(2023, "2023-02-28", true)]
    [DataRow(2024, "2024-02-29", false)]
    public void A_nominal_day_february_lacks_is_clamped_with_a_warning(int year, string expected, bool clamped)
    {
        var profile = OpenYear with { SessionRule = OpenYear.SessionRule with { NominalDay = 29 } };
        profile = profile with { DeadlineRule = profile.DeadlineRule with { DayOfMonth = 27 } };

        var session = Day(profile, year, 2);

        Assert.AreEqual(D(expected), session.Start.Date);
        Assert.AreEqual(clamped, session.Warnings.Any(w => w.Code == NominalDayClamped));
    }

    [TestMethod]
    public void The_whole_of_2022_2023_with_the_collisions_the_plan_really_has()
    {
        var calendar = SessionCalendar.Build(TestProfiles.Profile);

        Assert.AreEqual("2022-2023", calendar.SchoolYear);
        Assert.AreEqual(18, calendar.Sessions.Count);
        Assert.AreEqual(0, calendar.Skipped.Count);
        var expectedStarts = new Dictionary<string, string>
        {
            ["2022-09"] = "2022-09-28",
            ["2022-10"] = "2022-10-28",
            ["2022-11"] = "2022-11-28",
            ["2022-12"] = "2022-12-28",
            ["2023-01"] = "2023-01-27",
            ["2023-02"] = "2023-02-28",
            ["2023-03"] = "2023-03-28",
            ["2023-04"] = "2023-04-28",
            ["2023-05"] = "2023-05-29",
        };
        foreach (var (month, date) in expectedStarts)
        {
            Assert.AreEqual(D(date).At(new LocalTime(14, 0)), calendar.Find($"{month}-day")!.Start.LocalDateTime, month);
            Assert.AreEqual(D(date).At(new LocalTime(19, 45)), calendar.Find($"{month}-semi-boarding")!.Start.LocalDateTime, month);
        }

        var codes = calendar.Sessions
            .Where(s => s.Warnings.Count > 0)
            .ToDictionary(s => s.Id, s => string.Join(",", s.Warnings.Select(w => w.Code)));
        var expected = new Dictionary<string, string>
        {
            ["2022-11-day"] = DeadlineOnWeekend,
            ["2022-11-semi-boarding"] = DeadlineOnWeekend,
            ["2023-01-day"] = $"{DeadlineNotBeforeSession},{NoticeNotWorkingDay}",
            ["2023-05-day"] = $"{SessionOutsideTeaching},{DeadlineOnWeekend}",
            ["2023-05-semi-boarding"] = $"{SessionOutsideTeaching},{DeadlineOnWeekend}",
        };
        CollectionAssert.AreEquivalent(expected.ToList(), codes.ToList(), string.Join("\n", codes));
        Assert.IsTrue(calendar.Sessions.All(s => s.Start.Zone.Id == "Asia/Ho_Chi_Minh" && s.Start.Offset == Offset.FromHours(7)));
    }

    [TestMethod]
    public void A_year_whose_collisions_differ()
    {
        // 2023-2024 as a school might write it: Tết 05-16/02/2024, 27/04-01/05/2024, teaching ends 24/05/2024.
        var profile = TestProfiles.WithYear("2023-2024", new LocalDate(2023, 9, 5), new LocalDate(2024, 5, 24),
        [
            new Holiday("Nghỉ Tết Nguyên đán Giáp Thìn", D("2024-02-05"), D("2024-02-16")),
            new Holiday("Nghỉ 30/4 và 1/5", D("2024-04-27"), D("2024-05-01")),
        ]);

        var calendar = SessionCalendar.Build(profile);

        var codes = calendar.Sessions.Where(s => s.Cohort == Cohort.Day && s.Warnings.Count > 0)
            .ToDictionary(s => s.Id, s => string.Join(",", s.Warnings.Select(w => w.Code)));
        var expected = new Dictionary<string, string>
        {
            ["2023-10-day"] = DeadlineNotBeforeSession,
            ["2024-01-day"] = DeadlineOnWeekend,
            ["2024-04-day"] = $"{SessionInHoliday},{DeadlineOnHoliday}",
            ["2024-05-day"] = $"{SessionOutsideTeaching}",
        };
        CollectionAssert.AreEquivalent(expected.ToList(), codes.ToList(), string.Join("\n", codes));
        var april = calendar.Find("2024-04-day")!;
        Assert.AreEqual(D("2024-04-29"), april.Start.Date, "kept where the plan puts it: nothing moves silently");
        StringAssert.Contains(april.Warnings[0].Suggestion, "Thứ Sáu 26/04/2024");
        StringAssert.Contains(april.Warnings[0].Suggestion, "Thứ Năm 02/05/2024");
    }

    [TestMethod]
    public void Profile_policies_move_dates_and_still_report_them()
    {
        var profile = TestProfiles.Profile with
        {
            DeadlineRule = TestProfiles.Profile.DeadlineRule with
            {
                WhenNotWorkingDay = CollisionPolicy.PreviousWorkingDay,
                WhenNotBeforeSession = CollisionPolicy.PreviousWorkingDay,
            },
            SessionRule = TestProfiles.Profile.SessionRule with { WhenOutsideTeaching = CollisionPolicy.PreviousWorkingDay },
        };

        var calendar = SessionCalendar.Build(profile);

        var november = calendar.Find("2022-11-day")!;
        Assert.AreEqual(new LocalDateTime(2022, 11, 25, 15, 0), november.Deadline.LocalDateTime);
        StringAssert.Contains(november.Warnings.Single().Message, "Đã dời");
        var january = calendar.Find("2023-01-day")!;
        Assert.AreEqual(new LocalDateTime(2023, 1, 19, 15, 0), january.Deadline.LocalDateTime, "the working day before Tết");
        var may = calendar.Find("2023-05-day")!;
        Assert.AreEqual(new LocalDateTime(2023, 5, 25, 14, 0), may.Start.LocalDateTime);
        Assert.IsTrue(may.Warnings.Any(w => w.Code == SessionOutsideTeaching && w.Message.Contains("Đã dời")));
        Assert.IsTrue(calendar.Sessions.All(s => s.Deadline.ToInstant() < s.Start.ToInstant()), "after the moves every deadline precedes its session");
    }

    [TestMethod]
    public void Skipped_sessions_are_listed_with_their_reason()
    {
        var profile = TestProfiles.Profile with
        {
            SessionRule = TestProfiles.Profile.SessionRule with { WhenOutsideTeaching = CollisionPolicy.Skip },
        };

        var calendar = SessionCalendar.Build(profile);

        Assert.AreEqual(16, calendar.Sessions.Count);
        CollectionAssert.AreEquivalent(new[] { "2023-05-day", "2023-05-semi-boarding" }, calendar.Skipped.Select(s => s.Id).ToList());
        Assert.IsTrue(calendar.Skipped.All(s => s.Warnings.Any(w => w.Code == SessionOutsideTeaching)));
    }

    [TestMethod]
    public void Extra_sessions_come_from_the_profile_with_their_reason()
    {
        var profile = TestProfiles.Profile with
        {
            ExtraSessions =
            [
                new ExtraSessionDefinition(Cohort.Day, new LocalDateTime(2022, 11, 15, 14, 0), "Phản ánh về an toàn giao thông trước cổng trường", null),
                new ExtraSessionDefinition(Cohort.Day, new LocalDateTime(2022, 11, 15, 16, 0), "Buổi thứ hai cùng ngày", new LocalDateTime(2022, 11, 15, 8, 0)),
            ],
        };

        var calendar = SessionCalendar.Build(profile);

        var extra = calendar.Find("2022-11-15-extra-day")!;
        Assert.AreEqual(SessionKind.Extra, extra.Kind);
        Assert.AreEqual("Phản ánh về an toàn giao thông trước cổng trường", extra.Reason);
        Assert.AreEqual(new LocalDateTime(2022, 11, 14, 15, 0), extra.Deadline.LocalDateTime);
        Assert.AreEqual(new LocalDateTime(2022, 11, 15, 8, 0), calendar.Find("2022-11-15-extra-day-2")!.Deadline.LocalDateTime);
        Assert.AreEqual(20, calendar.Sessions.Count);
        CollectionAssert.AreEqual(calendar.Sessions.OrderBy(s => s.Start.ToInstant()).ToList(), calendar.Sessions.ToList());
    }

    [TestMethod]
    [DataRow("2022-10-28T06:59:00Z", "2022-10-day")]
    [DataRow("2022-10-28T07:00:00Z", "2022-10-day")]
    [DataRow("2022-10-28T07:01:00Z", "2022-10-semi-boarding")]
    [DataRow("2022-10-28T12:46:00Z", "2022-11-day")]
    [DataRow("2022-06-01T00:00:00Z", "2022-09-day")]
    public void Next_session_follows_the_injected_clock(string now, string expected)
    {
        var clock = new FakeClock(InstantPattern.General.Parse(now).Value);

        Assert.AreEqual(expected, SessionCalendar.Build(TestProfiles.Profile).Next(clock)?.Id);
    }

    [TestMethod]
    public void No_next_session_after_the_last_one()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 6, 1, 0, 0));

        Assert.IsNull(SessionCalendar.Build(TestProfiles.Profile).Next(clock));
    }
}
