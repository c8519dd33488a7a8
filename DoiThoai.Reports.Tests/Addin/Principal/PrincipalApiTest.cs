using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Tests.Documents;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// The principal's endpoints (docs/api.md, "The principal's endpoints (Outlook)") on the real host in the embedded
/// default: months, a month's summary against the figures the generated .docx states, the report mail, the
/// reminders, and NOT_AVAILABLE for what needs Microsoft 365. No student's name in anything that leaves for the
/// department.
/// </summary>
[TestClass]
public sealed class PrincipalApiTest
{
    private static PrincipalHost s_host = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context) => s_host = await PrincipalHost.StartAsync(microsoft365: false, cancellationToken: context.CancellationToken);

    [ClassCleanup]
    public static async Task Stop() => await s_host.DisposeAsync();

    private Task<JsonElement> Get(string path) => s_host.Host.GetJsonAsync(path, TestContext.CancellationToken);

    [TestMethod]
    public async Task Months_are_the_teaching_months_and_the_default_is_the_last_one_held_by_the_clock()
    {
        var list = await Get("api/months");

        var months = list.GetProperty("months").EnumerateArray().ToList();
        CollectionAssert.AreEqual(s_host.Profile.SchoolYear.TeachingMonths.Select(m => YearMonthPattern.Iso.Format(m)).ToArray(), months.Select(m => m.GetProperty("month").GetString()).ToArray());
        var october = months.Single(m => m.GetProperty("month").GetString() == "2022-10");
        Assert.AreEqual("tháng 10/2022", october.GetProperty("label").GetString());
        Assert.AreEqual(s_host.Calendar.InMonth(new YearMonth(2022, 10)).Count(), october.GetProperty("sessions").GetInt32());
        Assert.IsTrue(october.GetProperty("held").GetBoolean());
        var expected = s_host.Calendar.Sessions.Where(s => s.Start.ToInstant() <= PrincipalHost.Now).Max(s => s.Month);
        Assert.AreEqual(YearMonthPattern.Iso.Format(expected), list.GetProperty("defaultMonth").GetString());
        Assert.IsFalse(months.Single(m => m.GetProperty("month").GetString() == "2023-05").GetProperty("held").GetBoolean(), "May 2023 is after the clock");
    }

    [TestMethod]
    public async Task The_summary_states_the_figures_the_generated_report_states()
    {
        var summary = await Get("api/months/2022-10/summary");
        var report = await s_host.Host.GetBytesAsync("api/months/2022-10/report", TestContext.CancellationToken);

        Assert.AreEqual("2022-10", summary.GetProperty("month").GetString());
        Assert.AreEqual("tháng 10/2022", summary.GetProperty("label").GetString());
        Assert.AreEqual("bao-cao-2022-10.docx", summary.GetProperty("reportFileName").GetString());
        var sessions = summary.GetProperty("sessions").EnumerateArray().ToList();
        CollectionAssert.AreEquivalent(new[] { "2022-10-day", "2022-10-semi-boarding" }, sessions.Select(s => s.GetProperty("id").GetString()).ToArray());
        Assert.IsTrue(sessions.All(s => s.GetProperty("held").GetBoolean()));
        StringAssert.Contains(sessions.Single(s => s.GetProperty("id").GetString() == "2022-10-day").GetProperty("startText").GetString(), "28/10/2022 14:00");

        var (topics, total, outcomes) = ReportFigures(report);
        Assert.AreEqual(7, summary.GetProperty("total").GetInt32());
        Assert.AreEqual(total, summary.GetProperty("total").GetInt32());
        foreach (var topic in summary.GetProperty("byTopic").EnumerateArray())
        {
            var name = topic.GetProperty("topic").GetString()!;
            Assert.IsTrue(topics.TryGetValue(name, out var row), $"the report has the topic {name}");
            Assert.AreEqual(row, (topic.GetProperty("semiBoarding").GetInt32(), topic.GetProperty("day").GetInt32(), topic.GetProperty("count").GetInt32()), name);
        }

        Assert.AreEqual(topics.Count, summary.GetProperty("byTopic").GetArrayLength(), "every topic of the report's table");
        var o = summary.GetProperty("outcomes");
        CollectionAssert.AreEqual(
            outcomes,
            new[] { total, o.GetProperty("answered").GetInt32(), o.GetProperty("resolved").GetInt32(), o.GetProperty("forwarded").GetInt32(), o.GetProperty("outsideAuthority").GetInt32(), o.GetProperty("pending").GetInt32() });
        AssertNoStudent(summary.GetRawText());
    }

    [TestMethod]
    public async Task The_report_mail_goes_to_the_profiles_address_and_names_no_student()
    {
        var mail = await Get("api/months/2022-10/report/mail");

        CollectionAssert.AreEqual(new[] { PrincipalHost.SoAddress }, mail.GetProperty("to").EnumerateArray().Select(t => t.GetString()).ToArray());
        StringAssert.Contains(mail.GetProperty("subject").GetString(), "tháng 10/2022");
        StringAssert.StartsWith(mail.GetProperty("bodyHtml").GetString(), "<p>");
        StringAssert.Contains(mail.GetProperty("bodyHtml").GetString(), "Sở Giáo dục và Đào tạo Lào Cai");
        Assert.AreEqual("bao-cao-2022-10.docx", mail.GetProperty("attachmentName").GetString());
        Assert.AreEqual(0, mail.GetProperty("warnings").GetArrayLength());
        AssertNoStudent(mail.GetRawText());
    }

    [TestMethod]
    [DataRow("GET", "api/months/2022-13/summary")]
    [DataRow("GET", "api/months/2023-07/summary")]
    [DataRow("GET", "api/months/10-2022/report/mail")]
    [DataRow("POST", "api/months/2023-08/report/draft")]
    public async Task An_unknown_month_is_a_404_listing_the_valid_ones(string method, string path)
    {
        using var response = await s_host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}") : null }, TestContext.CancellationToken);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, ErrorCodes.MonthUnknown);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "2022-10");
    }

    [TestMethod]
    [DataRow("api/months/2022-10/report/draft")]
    [DataRow("api/sessions/2022-11-day/reminder/draft")]
    [DataRow("api/calendar/outlook")]
    public async Task Without_Microsoft_365_the_mailbox_and_calendar_are_409_NOT_AVAILABLE(string path)
    {
        using var response = await s_host.Client.PostAsync(path, new StringContent("{}"), TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict, ErrorCodes.NotAvailable);
    }

    [TestMethod]
    public async Task The_reminder_lists_the_silent_classes_with_their_homeroom_teachers()
    {
        var reminder = await Get("api/sessions/2022-11-day/reminder");

        Assert.AreEqual("2022-11-day", reminder.GetProperty("sessionId").GetString());
        Assert.AreEqual("lớp", reminder.GetProperty("placeWord").GetString());
        var session = s_host.Calendar.Find("2022-11-day")!;
        StringAssert.Contains(reminder.GetProperty("deadlineText").GetString(), VietnameseDates.DayAndDate(session.Deadline.Date));
        var silent = reminder.GetProperty("silent").EnumerateArray().ToDictionary(s => s.GetProperty("classOrRoom").GetString()!);
        Assert.HasCount(s_host.Profile.Classes.Count, silent, "nobody has sent anything for November");
        Assert.AreEqual("Lò Thị Mai", silent["10A1"].GetProperty("teacher").GetString());
        Assert.AreEqual(PrincipalHost.TeacherAddress, silent["10A1"].GetProperty("email").GetString());
        Assert.AreEqual("Vàng Seo Páo", silent["10A2"].GetProperty("teacher").GetString());
        Assert.AreEqual(JsonValueKind.Null, silent["10A2"].GetProperty("email").ValueKind);
        Assert.AreEqual(JsonValueKind.Null, silent["11A1"].GetProperty("teacher").ValueKind);
        var mail = reminder.GetProperty("mail");
        CollectionAssert.AreEqual(new[] { PrincipalHost.TeacherAddress }, mail.GetProperty("to").EnumerateArray().Select(t => t.GetString()).ToArray());
        Assert.IsTrue(ProblemAssert.IsVietnamese(mail.GetProperty("subject").GetString()!));
        Assert.IsNotEmpty(reminder.GetProperty("warnings").EnumerateArray().ToList(), "classes without an address are named for the principal");
        AssertNoStudent(reminder.GetRawText());
    }

    [TestMethod]
    public async Task An_unknown_session_has_no_reminder()
    {
        using var response = await s_host.Client.GetAsync("api/sessions/2022-13-day/reminder", TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, ErrorCodes.SessionUnknown);
    }

    [TestMethod]
    public async Task When_every_room_has_sent_there_is_nothing_to_remind()
    {
        var profile = DocumentTestData.Profile;
        var rows = profile.BoardingRooms.Select((room, i) => DocumentTestData.Make(
            $"2022-11-{i + 1:000}", room, "Nền nếp bán trú", "Phòng xin thêm giờ tự học", cohort: Reports.Schools.Cohort.SemiBoarding,
            receivedOn: new LocalDate(2022, 11, 10), month: new YearMonth(2022, 11))).ToList();
        await using var host = await PrincipalHost.StartAsync(microsoft365: false, rows: rows, cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync("api/sessions/2022-11-semi-boarding/reminder", TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict, ErrorCodes.NothingToRemind);
    }

    /// <summary>The names of students in the test rows (one of them anonymous) appear nowhere in <paramref name="text"/>.</summary>
    internal static void AssertNoStudent(string text)
    {
        foreach (var name in DocumentTestData.October2022().Select(s => s.StudentName).OfType<string>().Distinct())
        {
            Assert.DoesNotContain(name, text, "a student's name");
        }
    }

    /// <summary>The report's topic table (topic → semi-boarding, day, all), its total, and the outcome table's last row.</summary>
    internal static (Dictionary<string, (int, int, int)> Topics, int Total, int[] Outcomes) ReportFigures(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var tables = package.MainDocumentPart!.Document!.Body!.Elements().TakeWhile(e => e.InnerText != "PHỤ LỤC").OfType<Table>().ToList();
        var topicTable = tables.Single(t => t.InnerText.Contains("Tổng cộng", StringComparison.Ordinal));
        var topics = new Dictionary<string, (int, int, int)>();
        var total = 0;
        foreach (var row in topicTable.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(c => c.InnerText).ToList();
            if (cells.Count < 5 || !int.TryParse(cells[4], out var all))
            {
                continue;
            }

            if (cells[1] == "Tổng cộng")
            {
                total = all;
            }
            else
            {
                topics[cells[1]] = (int.Parse(cells[2]), int.Parse(cells[3]), all);
            }
        }

        var outcomes = tables.Single(t => t.InnerText.Contains("Chưa giải quyết", StringComparison.Ordinal)).Elements<TableRow>().Last()
            .Elements<TableCell>().Select(c => int.Parse(c.InnerText)).ToArray();
        return (topics, total, outcomes);
    }
}
