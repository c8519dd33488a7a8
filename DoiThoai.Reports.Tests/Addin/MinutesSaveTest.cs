using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Documents.Packages;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.Documents.Packages;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// <c>POST /api/sessions/{id}/minutes</c> on the real host over the sample workbook: the .docx and the pane's JSON,
/// the refusals, the hostile uploads, and several secretaries saving at once.
/// </summary>
[TestClass]
public sealed class MinutesSaveTest
{
    private static readonly SchoolProfile Profile = SchoolProfileLoader.LoadDefault();

    [TestMethod]
    public async Task Filled_minutes_as_a_Word_file_are_saved_into_the_workbook()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var ids = await SubmissionIds(host, "2022-10-day");
        var minutes = await host.GetBytesAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken);
        using var filler = new MinutesFiller(minutes);
        var filled = filler
            .Set($"answer:{ids[0]}", "Nhà trường sẽ sửa trong tuần này.")
            .Set($"handling:{ids[0]}", "Đã giải quyết")
            .Set("endtime", "16 giờ 20 phút")
            .AddOnTheSpot("11A2", "Xin mở thêm câu lạc bộ bóng đá", "Đoàn trường sẽ tổ chức.")
            .Save();

        using var response = await host.PostMinutesAsync("2022-10-day", filled, TestContext.CancellationToken);
        var saved = await Json(response);

        Assert.AreEqual("2022-10-day", saved.GetProperty("sessionId").GetString());
        CollectionAssert.AreEqual(new[] { ids[0] }, Strings(saved, "saved"));
        Assert.HasCount(1, Strings(saved, "added"));
        Assert.IsTrue(ProblemAssert.IsVietnamese(saved.GetProperty("message").GetString()!));
        var row = (await Read(host.WorkbookPath)).Submissions.Single(s => s.Id == ids[0]);
        Assert.AreEqual("Nhà trường sẽ sửa trong tuần này.", row.Answer);
        Assert.AreEqual(SubmissionStatus.Resolved, row.Status);
    }

    [TestMethod]
    public async Task The_JSON_form_saves_what_the_Word_file_saves_for_the_same_answers()
    {
        const string session = "2022-11-semi-boarding";
        await using var viaDocx = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        await using var viaJson = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var rows = (await viaDocx.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken)).GetProperty("submissions").EnumerateArray().ToList();
        Assert.IsGreaterThanOrEqualTo(3, rows.Count);
        var ids = rows.Select(r => r.GetProperty("id").GetString()!).ToList();
        var typed = new Dictionary<string, (string Answer, string Handling)>
        {
            [ids[0]] = ("Ban quản lý sẽ thay bóng đèn hành lang.", "Đã giải quyết"),
            [ids[1]] = ("Đã chuyển Sở xem xét.", "Đã chuyển cấp trên"),
        };

        var minutes = await viaDocx.GetBytesAsync($"api/sessions/{session}/minutes", TestContext.CancellationToken);
        using var filler = new MinutesFiller(minutes);
        foreach (var (id, (answer, handling)) in typed)
        {
            filler.Set($"answer:{id}", answer).Set($"handling:{id}", handling);
        }

        var docx = filler.Set("endtime", "21h15").AddOnTheSpot("Phòng 2", "Xin thêm giờ tự học buổi tối", "Đồng ý thêm 30 phút.").Save();

        // What Word's API gives for the same document: every control, the untouched ones showing what the minutes
        // were prefilled with (the workbook's answer and status) or their placeholder.
        var controls = new List<object>();
        foreach (var row in rows)
        {
            var id = row.GetProperty("id").GetString()!;
            var prefilledAnswer = row.GetProperty("answer").GetString() ?? "Nhập nội dung trả lời.";
            var prefilledHandling = row.GetProperty("status").GetString() == "New" ? "Chọn cách xử lý" : row.GetProperty("statusText").GetString()!;
            var (answer, handling) = typed.TryGetValue(id, out var t) ? t : (prefilledAnswer, prefilledHandling);
            controls.Add(new { tag = $"answer:{id}", title = $"Trả lời {id}", text = answer });
            controls.Add(new { tag = $"handling:{id}", title = $"Xử lý {id}", text = handling });
        }

        controls.Add(new { tag = "onthespot", title = "Câu hỏi tại buổi", text = "" });
        controls.Add(new { tag = "conclusion", title = "Kết luận", text = "Thư ký ghi kết luận của chủ tọa." });
        controls.Add(new { tag = "endtime", title = "Giờ kết thúc", text = "21h15" });
        var form = new
        {
            documentSessionId = session,
            controls,
            onTheSpot = new[]
            {
                new { classOrRoom = "Phòng 2", content = "Xin thêm giờ tự học buổi tối", answer = "Đồng ý thêm 30 phút." },
                new { classOrRoom = "", content = "", answer = "" },
            },
        };

        using var fromDocx = await viaDocx.PostMinutesAsync(session, docx, TestContext.CancellationToken);
        using var fromJson = await viaJson.PostMinutesJsonAsync(session, form, TestContext.CancellationToken);
        var a = await Json(fromDocx);
        var b = await Json(fromJson);

        // Lists follow the order of the controls (the document's topics); the form above lists them by ID.
        foreach (var field in new[] { "saved", "unchanged", "empty", "unknown", "failed", "added", "problems" })
        {
            CollectionAssert.AreEquivalent(Strings(a, field), Strings(b, field), field);
        }

        Assert.AreEqual(a.GetProperty("message").GetString(), b.GetProperty("message").GetString());
        CollectionAssert.AreEquivalent(typed.Keys.ToArray(), Strings(b, "saved"));
        Assert.HasCount(1, Strings(b, "added"));
        var left = (await Read(viaDocx.WorkbookPath)).Submissions;
        var right = (await Read(viaJson.WorkbookPath)).Submissions;
        CollectionAssert.AreEqual(left.ToList(), right.ToList(), "both workbooks hold the same rows afterwards");
    }

    [TestMethod]
    public async Task Minutes_of_another_session_are_refused_with_409_and_nothing_is_written()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var ids = await SubmissionIds(host, "2022-10-day");
        var before = File.ReadAllBytes(host.WorkbookPath);
        var minutes = await host.GetBytesAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken);
        using var filler = new MinutesFiller(minutes);
        var filled = filler.Set($"answer:{ids[0]}", "Câu trả lời mới.").Save();

        using var docx = await host.PostMinutesAsync("2022-11-day", filled, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(docx, HttpStatusCode.Conflict, ErrorCodes.SessionMismatch);
        using var json = await host.PostMinutesJsonAsync("2022-11-day", new
        {
            documentSessionId = "2022-10-day",
            controls = new[] { new { tag = $"answer:{ids[0]}", title = (string?)null, text = "Câu trả lời mới." } },
        }, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(json, HttpStatusCode.Conflict, ErrorCodes.SessionMismatch);

        CollectionAssert.AreEqual(before, File.ReadAllBytes(host.WorkbookPath));
    }

    [TestMethod]
    public async Task A_workbook_open_in_Excel_is_a_409_and_is_left_alone()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var ids = await SubmissionIds(host, "2022-10-day");
        File.WriteAllText(Path.Combine(host.DataDirectory, "~$" + Path.GetFileName(host.WorkbookPath)), "owner");
        var before = File.ReadAllBytes(host.WorkbookPath);

        using var response = await host.PostMinutesJsonAsync("2022-10-day", AnswerAll("2022-10-day", ids), TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict, ErrorCodes.WorkbookOpenInEditor);
        CollectionAssert.AreEqual(before, File.ReadAllBytes(host.WorkbookPath));
    }

    [TestMethod]
    public async Task An_upload_over_20_MB_is_refused_with_413()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var big = new byte[(20 * 1024 * 1024) + 1];

        using var declared = await host.PostMinutesAsync("2022-10-day", big, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(declared, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.TooLarge);

        // Over Kestrel's default limit (30 MB) but under the endpoint's own: still received, so the client reads the 413.
        using var larger = await host.PostMinutesAsync("2022-10-day", new byte[35 * 1024 * 1024], TestContext.CancellationToken);
        await ProblemAssert.IsProblem(larger, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.TooLarge);

        // Without a declared length (chunked), the body is cut off at the limit while it is read.
        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/sessions/2022-10-day/minutes") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await host.Client.SendAsync(request, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(streamed, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.TooLarge);

        var health = await host.GetJsonAsync("health", TestContext.CancellationToken);
        Assert.AreEqual("ok", health.GetProperty("status").GetString());
    }

    [TestMethod]
    [DataRow("zip bomb")]
    [DataRow("too many parts")]
    public async Task A_hostile_Word_file_is_a_413_in_Vietnamese_and_the_workbook_is_left_alone(string hostile)
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var ids = await SubmissionIds(host, "2022-10-day");
        using var filler = new MinutesFiller(await host.GetBytesAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken));
        var filled = filler.Set($"answer:{ids[0]}", "Câu trả lời trong một tệp độc hại.").Save();
        var docx = hostile == "zip bomb"
            ? WordPackageLimitsTest.WithHugeParts(filled, WordPackageLimits.MaxPartBytes + (1 << 20), "word/media/image1.bin")
            : WordPackageLimitsTest.WithTooManyParts(filled);
        Assert.IsLessThan(UploadLimits.MinutesBytes, docx.Length, "under the upload limit: only the package check can refuse it");
        var before = File.ReadAllBytes(host.WorkbookPath);
        var written = File.GetLastWriteTimeUtc(host.WorkbookPath);

        using var response = await host.PostMinutesAsync("2022-10-day", docx, TestContext.CancellationToken);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.TooLarge);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "quá giới hạn");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(host.WorkbookPath), "the workbook's bytes");
        Assert.AreEqual(written, File.GetLastWriteTimeUtc(host.WorkbookPath), "the workbook's last write");
    }

    [TestMethod]
    [DataRow("application/octet-stream")]
    [DataRow("application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task A_file_that_is_not_a_Word_document_is_a_422_in_Vietnamese(string contentType)
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var content = new ByteArrayContent("%PDF-1.7 đây không phải biên bản"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var response = await host.Client.PostAsync("api/sessions/2022-10-day/minutes", content, TestContext.CancellationToken);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, ErrorCodes.MinutesInvalid);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "biên bản gửi lên");
        Assert.DoesNotContain(Path.GetTempPath(), problem.GetRawText(), "no server path for an uploaded file");
    }

    [TestMethod]
    public async Task Bodies_the_endpoint_does_not_read_are_refused_with_a_Vietnamese_problem()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);

        // A form post is what a foreign web page can send without asking (no CORS): never read.
        using var form = await host.Client.PostAsync("api/sessions/2022-10-day/minutes", new FormUrlEncodedContent([new("answer:2022-10-001", "x")]), TestContext.CancellationToken);
        await ProblemAssert.IsProblem(form, HttpStatusCode.UnsupportedMediaType, HostErrorCodes.UnsupportedMediaType);

        using var empty = await host.Client.PostAsync("api/sessions/2022-10-day/minutes", new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(empty, HttpStatusCode.BadRequest, ErrorCodes.BadInput);

        using var broken = await host.Client.PostAsync("api/sessions/2022-10-day/minutes", new StringContent("{\"controls\": [ {\"tag\": 5 ", System.Text.Encoding.UTF8, "application/json"), TestContext.CancellationToken);
        await ProblemAssert.IsProblem(broken, HttpStatusCode.BadRequest, ErrorCodes.BadInput);

        using var unknown = await host.PostMinutesJsonAsync("2022-13-day", new { controls = Array.Empty<object>() }, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.NotFound, ErrorCodes.SessionUnknown);
    }

    [TestMethod]
    public async Task Eight_secretaries_saving_different_sessions_at_once_lose_nothing()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var overview = await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        var sessions = overview.GetProperty("sessions").EnumerateArray()
            .Where(s => s.GetProperty("counts").GetProperty("submissions").GetInt32() > 0)
            .Select(s => s.GetProperty("id").GetString()!)
            .Take(8)
            .ToList();
        Assert.HasCount(8, sessions);
        var idsBySession = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var session in sessions)
        {
            idsBySession[session] = await SubmissionIds(host, session);
        }

        var responses = await Task.WhenAll(sessions.Select(session => host.PostMinutesJsonAsync(session, AnswerAll(session, idsBySession[session]), TestContext.CancellationToken)));

        foreach (var (session, response) in sessions.Zip(responses))
        {
            var saved = await Json(response);
            CollectionAssert.AreEquivalent(idsBySession[session].ToArray(), Strings(saved, "saved"), session);
            Assert.IsEmpty(Strings(saved, "failed"), session);
            response.Dispose();
        }

        var rows = (await Read(host.WorkbookPath)).Submissions.ToDictionary(s => s.Id);
        foreach (var (session, ids) in idsBySession)
        {
            foreach (var id in ids)
            {
                Assert.AreEqual(Answer(session, id), rows[id].Answer, $"{session} {id}");
            }
        }

        // The cached read the pages use sees the writes too.
        var after = await host.GetJsonAsync($"api/sessions/{sessions[0]}/submissions", TestContext.CancellationToken);
        Assert.AreEqual(Answer(sessions[0], idsBySession[sessions[0]][0]), after.GetProperty("submissions")[0].GetProperty("answer").GetString());
    }

    private static string Answer(string session, string id) => $"Trả lời của buổi {session} cho ý kiến {id}.";

    private static object AnswerAll(string session, IEnumerable<string> ids) => new
    {
        documentSessionId = session,
        controls = ids.Select(id => new { tag = $"answer:{id}", title = $"Trả lời {id}", text = Answer(session, id) }).ToArray(),
    };

    private async Task<IReadOnlyList<string>> SubmissionIds(AddinHostFixture host, string session)
    {
        var list = await host.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken);
        return [.. list.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetProperty("id").GetString()!)];

    private static Task<WorkbookReadResult> Read(string workbook) =>
        SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(workbook), Profile, SessionCalendar.Build(Profile));

    public TestContext TestContext { get; set; } = null!;
}
