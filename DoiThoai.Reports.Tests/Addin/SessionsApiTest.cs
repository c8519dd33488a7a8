using System.Net;
using System.Text.Json;
using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Documents.TaskPane;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// <c>/api/sessions</c> on the real host over a workbook of known rows (October 2022, an anonymous student with a
/// name that must never appear), with the clock on 20 October 2022.
/// </summary>
[TestClass]
public sealed class SessionsApiTest
{
    private static TemporaryDirectory s_data = null!;
    private static AddinHostFixture s_host = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context)
    {
        s_data = new TemporaryDirectory();
        var workbook = s_data.File("so.xlsx");
        WorkbookTemplate.Create(workbook, DocumentTestData.Profile, DocumentTestData.October2022());
        s_host = await AddinHostFixture.StartAsync(
            s_data.Path,
            [$"--DoiThoai:Workbook={workbook}"],
            builder => builder.Services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2022, 10, 20, 3, 0))),
            context.CancellationToken);
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await s_host.DisposeAsync();
        s_data.Dispose();
    }

    [TestMethod]
    public async Task Sessions_list_the_year_with_warnings_counts_and_the_next_session()
    {
        var list = await s_host.GetJsonAsync("api/sessions", TestContext.CancellationToken);

        Assert.AreEqual("2022-2023", list.GetProperty("schoolYear").GetString());
        Assert.AreEqual("TRƯỜNG THPT SỐ 2 BẮC HÀ", list.GetProperty("school").GetString());
        Assert.AreEqual("2022-10-day", list.GetProperty("nextSessionId").GetString());
        var sessions = list.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.HasCount(DocumentTestData.Calendar.Sessions.Count, sessions);

        var october = sessions["2022-10-day"];
        Assert.AreEqual("Day", october.GetProperty("cohort").GetString());
        Assert.AreEqual("Học sinh khác", october.GetProperty("cohortName").GetString());
        Assert.AreEqual("Regular", october.GetProperty("kind").GetString());
        Assert.AreEqual("2022-10", october.GetProperty("month").GetString());
        Assert.AreEqual("Buổi đối thoại học sinh khác, tháng 10/2022", october.GetProperty("title").GetString());
        Assert.AreEqual("2022-10-28T14:00:00+07:00", october.GetProperty("start").GetString());
        Assert.AreEqual("Thứ Sáu 28/10/2022 14:00", october.GetProperty("startText").GetString());
        Assert.AreEqual("2022-10-27T15:00:00+07:00", october.GetProperty("deadline").GetString());
        Assert.AreEqual("15:00 Thứ Năm 27/10/2022", october.GetProperty("deadlineText").GetString());

        // 001-005 are the day cohort's October rows: 003 answered, 004 forwarded, 005 came at 16:30 on the 27th.
        var counts = october.GetProperty("counts");
        Assert.AreEqual(5, counts.GetProperty("submissions").GetInt32());
        Assert.AreEqual(1, counts.GetProperty("late").GetInt32());
        Assert.AreEqual(2, counts.GetProperty("answered").GetInt32());
        Assert.AreEqual(2, sessions["2022-10-semi-boarding"].GetProperty("counts").GetProperty("submissions").GetInt32());

        var january = sessions["2023-01-day"].GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        CollectionAssert.Contains(january, "DEADLINE_NOT_BEFORE_SESSION");
        var warning = sessions["2023-01-day"].GetProperty("warnings")[0];
        Assert.IsTrue(ProblemAssert.IsVietnamese(warning.GetProperty("message").GetString()!));
        Assert.IsTrue(ProblemAssert.IsVietnamese(warning.GetProperty("suggestion").GetString()!));
    }

    [TestMethod]
    public async Task Submissions_of_a_session_never_name_an_anonymous_student()
    {
        using var response = await s_host.Client.GetAsync("api/sessions/2022-10-day/submissions", TestContext.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        Assert.DoesNotContain(DocumentTestData.SecretName, text, "the anonymous student's name");
        var list = JsonDocument.Parse(text).RootElement;
        Assert.AreEqual("2022-10-day", list.GetProperty("sessionId").GetString());
        Assert.AreEqual(0, list.GetProperty("rejectedRows").GetInt32());
        var rows = list.GetProperty("submissions").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        CollectionAssert.AreEqual(new[] { "2022-10-001", "2022-10-002", "2022-10-003", "2022-10-004", "2022-10-005" }, rows.Keys.ToArray());

        var anonymous = rows["2022-10-002"];
        Assert.IsTrue(anonymous.GetProperty("anonymous").GetBoolean());
        Assert.AreEqual(JsonValueKind.Null, anonymous.GetProperty("studentName").ValueKind);
        Assert.AreEqual("Lò Văn Minh", rows["2022-10-001"].GetProperty("studentName").GetString());

        var answered = rows["2022-10-003"];
        Assert.AreEqual("2022-10-20", answered.GetProperty("receivedOn").GetString());
        Assert.AreEqual("Answered", answered.GetProperty("status").GetString());
        Assert.AreEqual("Đã trả lời tại buổi", answered.GetProperty("statusText").GetString());
        Assert.AreEqual("Email", answered.GetProperty("channel").GetString());
        Assert.AreEqual("Thư điện tử", answered.GetProperty("channelText").GetString());
        Assert.AreEqual("Quỹ lớp do phụ huynh thỏa thuận.", answered.GetProperty("answer").GetString());
        Assert.IsTrue(rows["2022-10-005"].GetProperty("late").GetBoolean());
        Assert.IsFalse(answered.GetProperty("late").GetBoolean());
    }

    [TestMethod]
    public async Task The_digest_as_JSON_states_what_the_Word_digest_states()
    {
        var digest = await s_host.GetJsonAsync("api/sessions/2022-10-day/digest", TestContext.CancellationToken);
        var figures = DigestFigures.Of(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022());

        Assert.AreEqual("2022-10-day", digest.GetProperty("sessionId").GetString());
        Assert.AreEqual(5, digest.GetProperty("total").GetInt32());
        Assert.AreEqual(figures.PlacesHeard, digest.GetProperty("places").GetInt32());
        Assert.AreEqual(DocumentTestData.Profile.Classes.Count, digest.GetProperty("expectedPlaces").GetInt32());
        Assert.AreEqual("lớp", digest.GetProperty("placeWord").GetString());
        CollectionAssert.AreEqual(new[] { "2022-10-005" }, digest.GetProperty("late").EnumerateArray().Select(e => e.GetString()).ToArray());
        CollectionAssert.AreEqual(figures.Silent.ToArray(), digest.GetProperty("silent").EnumerateArray().Select(e => e.GetString()).ToArray());

        // The two requests to repair the ceiling fan, from 10A1 and 10A2, are one group of near duplicates.
        var groups = digest.GetProperty("duplicateGroups").EnumerateArray().Select(g => g.EnumerateArray().Select(e => e.GetString()).ToArray()).ToList();
        Assert.HasCount(1, groups);
        CollectionAssert.AreEqual(new[] { "2022-10-001", "2022-10-002" }, groups[0]);
        var topics = digest.GetProperty("topics").EnumerateArray().ToList();
        CollectionAssert.AreEqual(figures.Topics.Select(t => t.Key).ToArray(), topics.Select(t => t.GetProperty("topic").GetString()).ToArray());
        var fan = topics.SelectMany(t => t.GetProperty("submissions").EnumerateArray()).Single(s => s.GetProperty("id").GetString() == "2022-10-002");
        Assert.AreEqual(1, fan.GetProperty("duplicateGroup").GetInt32());
        Assert.IsFalse(fan.TryGetProperty("studentName", out _), "the digest names no student");
        Assert.DoesNotContain(DocumentTestData.SecretName, digest.GetRawText());
    }

    [TestMethod]
    public async Task The_digest_as_a_Word_file_is_a_valid_document()
    {
        using var response = await s_host.Client.GetAsync("api/sessions/2022-10-day/digest?format=docx", TestContext.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        AssertWordFile(response, "tong-hop-2022-10-day.docx");
        Assert.IsEmpty(DocumentTestData.Validate(bytes));
        Assert.DoesNotContain(DocumentTestData.SecretName, DocumentTestData.AllXml(bytes));
    }

    [TestMethod]
    public async Task A_digest_format_that_does_not_exist_is_a_bad_request()
    {
        using var response = await s_host.Client.GetAsync("api/sessions/2022-10-day/digest?format=pdf", TestContext.CancellationToken);
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, ErrorCodes.BadInput);
    }

    [TestMethod]
    public async Task The_minutes_are_a_valid_Word_file_that_opens_the_pane_and_records_its_session()
    {
        using var response = await s_host.Client.GetAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        AssertWordFile(response, "bien-ban-2022-10-day.docx");
        Assert.IsEmpty(DocumentTestData.Validate(bytes));
        var xml = DocumentTestData.AllXml(bytes);
        StringAssert.Contains(xml, $"id=\"{WordAddin.Id}\"");
        StringAssert.Contains(xml, "Office.AutoShowTaskpaneWithDocument");
        Assert.AreEqual("2022-10-day", MinutesReader.Read(new MemoryStream(bytes)).SessionId);
        Assert.DoesNotContain(DocumentTestData.SecretName, xml);

        var kept = Path.Combine(s_host.DataDirectory, "van-ban");
        Assert.IsTrue(Directory.EnumerateFiles(kept, "bien-ban-2022-10-day*.docx").Any(), "a copy is kept in the data folder");
    }

    [TestMethod]
    public async Task Kept_copies_never_replace_a_document_already_in_the_data_folder()
    {
        var kept = Path.Combine(s_host.DataDirectory, "van-ban");
        Directory.CreateDirectory(kept);
        var filled = Path.Combine(kept, "bien-ban-2022-11-day.docx");
        File.WriteAllText(filled, "biên bản thư ký đã điền");

        await s_host.GetBytesAsync("api/sessions/2022-11-day/minutes", TestContext.CancellationToken);
        await s_host.GetBytesAsync("api/sessions/2022-11-day/minutes", TestContext.CancellationToken);

        Assert.AreEqual("biên bản thư ký đã điền", File.ReadAllText(filled));
        Assert.IsTrue(File.Exists(Path.Combine(kept, "bien-ban-2022-11-day-2.docx")));
        // The same minutes again (the workbook unchanged) are served as rendered: no second copy of one document.
        Assert.IsFalse(File.Exists(Path.Combine(kept, "bien-ban-2022-11-day-3.docx")));
    }

    [TestMethod]
    [DataRow("api/sessions/2022-13-day/submissions")]
    [DataRow("api/sessions/2022-13-day/digest")]
    [DataRow("api/sessions/2022-13-day/minutes")]
    [DataRow("api/sessions/..%2F..%2Fetc%2Fpasswd/minutes")]
    public async Task An_unknown_session_is_a_404_problem_listing_the_valid_ids(string path)
    {
        using var response = await s_host.Client.GetAsync(path, TestContext.CancellationToken);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, ErrorCodes.SessionUnknown);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "2022-10-day");
    }

    private static void AssertWordFile(HttpResponseMessage response, string fileName)
    {
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.AreEqual("attachment", disposition.DispositionType);
        Assert.AreEqual(fileName, disposition.FileName?.Trim('"'));
        Assert.AreEqual(fileName, disposition.FileNameStar);
    }

    public TestContext TestContext { get; set; } = null!;
}
